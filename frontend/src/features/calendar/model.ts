// The working calendar as screens draw it: Monday–Friday work and weekends rest, except for the year's listed
// holidays (法定节假日) and adjusted working weekends (调休上班). Dates are calendar dates (YYYY-MM-DD).
// There is a platform default and, per sub-district, its own years where it entered one; a sub-district without
// its own year follows the default's (the API answers such a year with inherited=true).
import type {
  CalendarDay,
  CalendarDayKind,
  CalendarSubDistrict,
  CalendarYear,
  CalendarYearSummary,
} from '@/shared/api/types'

const pad = (n: number) => String(n).padStart(2, '0')
export const dateOf = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`

/** 0 = Monday … 6 = Sunday, for a YYYY-MM-DD date. */
export function weekdayIndex(date: string): number {
  const [y, m, d] = date.split('-').map(Number)
  return (new Date(Date.UTC(y!, m! - 1, d!)).getUTCDay() + 6) % 7
}

export const isWeekend = (date: string) => weekdayIndex(date) >= 5

/** The weeks of a month (Monday first), each 7 dates or nulls for the days of the neighbouring months. */
export function monthWeeks(year: number, month: number): (string | null)[][] {
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate()
  const cells: (string | null)[] = Array(weekdayIndex(dateOf(year, month, 1))).fill(null)
  for (let d = 1; d <= days; d++) cells.push(dateOf(year, month, d))
  while (cells.length % 7) cells.push(null)
  const weeks: (string | null)[][] = []
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7))
  return weeks
}

export interface DayInfo {
  weekend: boolean
  kind?: CalendarDayKind
  name?: string | null
  /** Whether deadlines count it as a working day. */
  working: boolean
}

export function dayInfo(date: string, exceptions: ReadonlyMap<string, CalendarDay>): DayInfo {
  const weekend = isWeekend(date)
  const e = exceptions.get(date)
  if (e?.kind === 'HOLIDAY') return { weekend, kind: 'HOLIDAY', name: e.name, working: false }
  if (e?.kind === 'ADJUSTED_WORKDAY') return { weekend, kind: 'ADJUSTED_WORKDAY', name: e.name, working: true }
  return { weekend, working: !weekend }
}

/** What can be recorded on a date: a holiday any day; an adjusted working day only on a Saturday or Sunday. */
export function allowedKinds(date: string): CalendarDayKind[] {
  return isWeekend(date) ? ['HOLIDAY', 'ADJUSTED_WORKDAY'] : ['HOLIDAY']
}

/** The list sorted by date, as the API keeps it. */
export function sortDays(days: readonly CalendarDay[]): CalendarDay[] {
  return [...days].sort((a, b) => a.date.localeCompare(b.date))
}

/** Working days per month (for the year summary). */
export function workingDaysIn(year: number, month: number, exceptions: ReadonlyMap<string, CalendarDay>): number {
  return monthWeeks(year, month)
    .flat()
    .filter((d): d is string => !!d && dayInfo(d, exceptions).working).length
}

/** A calendar to show: the platform default (subDistrictId null) or a sub-district's. */
export interface CalendarChoice {
  subDistrictId: number | null
  /** The sub-district's name; the platform default is named by the screen. */
  name?: string
  writable: boolean
}

/**
 * The calendars a user can pick. A street-admin: the platform default (writable by an admin of the whole platform
 * only) and their sub-districts. Everyone else: the calendar of their sub-district(s), which deadlines there use;
 * the platform default only when they work in none.
 */
export function calendarChoices(
  subDistricts: readonly CalendarSubDistrict[],
  who: { streetAdmin: boolean; wholePlatform: boolean },
): CalendarChoice[] {
  const own = subDistricts.map((s) => ({ subDistrictId: s.id, name: s.name, writable: s.writable }))
  const platformDefault = { subDistrictId: null, writable: who.streetAdmin && who.wholePlatform }
  if (who.streetAdmin) return [platformDefault, ...own]
  return own.length ? own : [platformDefault]
}

/** What the screen opens on: the platform default for its administrators, else the first sub-district's. */
export function defaultChoice(choices: readonly CalendarChoice[], wholePlatform: boolean): number | null {
  if (wholePlatform) return null
  return choices.find((c) => c.subDistrictId !== null)?.subDistrictId ?? null
}

/** A select option's value for a choice (a select cannot tell a null value from none). */
export const choiceKey = (subDistrictId: number | null) => (subDistrictId === null ? 'platform' : String(subDistrictId))
export const choiceOf = (key: string): number | null => (key === 'platform' ? null : Number(key))

/** How a year stands in the calendar shown: entered there, followed from the platform default, or not entered. */
export type YearState = 'own' | 'inherited' | 'notEntered'

export function yearState(summary: CalendarYearSummary | undefined): YearState {
  if (!summary) return 'notEntered'
  return summary.inherited ? 'inherited' : 'own'
}

/**
 * What a user may do with a loaded year: edit it (the platform default's or a sub-district's own), start the
 * sub-district's own year from what it inherits, or drop its own year to follow the default again.
 */
export function yearActions(
  year: CalendarYear,
  writable: boolean,
): { edit: boolean; startOwn: boolean; drop: boolean } {
  if (!writable) return { edit: false, startOwn: false, drop: false }
  const inheriting = year.subDistrictId !== null && year.inherited
  return { edit: !inheriting, startOwn: inheriting, drop: year.subDistrictId !== null && !year.inherited }
}
