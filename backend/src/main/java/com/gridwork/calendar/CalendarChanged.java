package com.gridwork.calendar;

/** Fired when a year's calendar is saved, so that {@link WorkingCalendar} drops its copy once the change commits. */
record CalendarChanged(int year) {
}
