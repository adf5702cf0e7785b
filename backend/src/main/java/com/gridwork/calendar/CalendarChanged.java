package com.gridwork.calendar;

/**
 * Fired when a calendar year is saved or dropped (sub-district null: the platform default's), so that
 * {@link WorkingCalendar} drops its copy once the change commits.
 */
record CalendarChanged(Long subDistrictId, int year) {}
