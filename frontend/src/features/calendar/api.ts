// Every call to the working calendar endpoints (/api/calendar…). `subDistrictId` picks a sub-district's calendar;
// without it, the platform default.
import { api, etagOf } from '@/shared/api/client'
import { unwrap } from '@/shared/api/problem'
import type { CalendarSubDistrict, CalendarYear, CalendarYearSummary, CalendarYearUpdate } from '@/shared/api/types'

export interface CalendarQuery {
  subDistrictId?: number
}

/** The calendars the caller may read (and which of them it may write). */
export async function listCalendarSubDistricts(): Promise<CalendarSubDistrict[]> {
  return unwrap(await api.GET('/api/calendar/sub-districts'))
}

export async function listCalendarYears(query: CalendarQuery): Promise<CalendarYearSummary[]> {
  return unwrap(await api.GET('/api/calendar/years', { params: { query } }))
}

export async function getCalendarYear(year: number, query: CalendarQuery): Promise<CalendarYear> {
  return unwrap(await api.GET('/api/calendar/{year}', { params: { path: { year }, query } }))
}

/** Replaces a year's list of exceptions, against the version shown (0 while the calendar has none of its own). */
export async function saveCalendarYear(
  year: number,
  query: CalendarQuery,
  version: number,
  body: CalendarYearUpdate,
): Promise<CalendarYear> {
  return unwrap(
    await api.PUT('/api/calendar/{year}', {
      params: { path: { year }, query, header: { 'If-Match': etagOf(version) } },
      body,
    }),
  )
}

/** Drops a sub-district's own year, which then follows the platform default again. */
export async function dropCalendarYear(year: number, subDistrictId: number, version: number): Promise<void> {
  unwrap(
    await api.DELETE('/api/calendar/{year}', {
      params: { path: { year }, query: { subDistrictId }, header: { 'If-Match': etagOf(version) } },
    }),
  )
}
