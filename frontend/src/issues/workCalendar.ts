// The working calendar as screens draw it: Monday–Friday work and weekends rest, except for the year's listed
// holidays (法定节假日) and adjusted working weekends (调休上班). Dates are calendar dates (YYYY-MM-DD).
import type { CalendarDay, CalendarDayKind } from '@/api/types'

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
