// The hours ledger's rules as the screens need them: hours from minutes, the star and the way to the next, which
// entries can be reversed, which months can still be locked. The server decides; these only show.
import type {
  VolunteerHoursEntry,
  VolunteerHoursQueueGroup,
  VolunteerHoursTotals,
  VolunteerHoursSource,
  VolunteerHoursStatus,
} from '@/shared/api/types'

export const HOURS_STATUSES: readonly VolunteerHoursStatus[] = ['SUBMITTED', 'CONFIRMED', 'REJECTED']
export const HOURS_SOURCES: readonly VolunteerHoursSource[] = [
  'ATTENDANCE',
  'SELF_REPORT',
  'BACKFILL',
  'REVERSAL',
  'POST_SERVICE',
]
/** The most one entry may claim (the server's LedgerRules.MAX_MINUTES): a day. */
export const MAX_MINUTES = 24 * 60

/** Minutes as hours with at most two decimals and no trailing zeros: 90 → "1.5", -30 → "-0.5", 20 → "0.33". */
export function hoursOf(minutes: number): string {
  const hours = Math.round((minutes / 60) * 100) / 100
  return String(Object.is(hours, -0) ? 0 : hours)
}

/** Hours typed in a form (half hours, quarters) as the API's whole minutes. */
export function minutesOf(hours: number): number {
  return Math.round(hours * 60)
}

export interface StarProgress {
  star: number
  /** The hours the next star needs; null at the highest star. */
  nextHours: number | null
  /** Confirmed hours still missing for the next star (0 at the highest). */
  remainingHours: number
  /** From the current star's threshold to the next one's, 0–100 (100 at the highest star). */
  percent: number
}

export function starProgress(totals: VolunteerHoursTotals): StarProgress {
  const { star, nextStarHours, starThresholds, confirmedMinutes } = totals
  if (nextStarHours == null) return { star, nextHours: null, remainingHours: 0, percent: 100 }
  const fromMinutes = star === 0 ? 0 : starThresholds[star - 1] * 60
  const toMinutes = nextStarHours * 60
  const percent = Math.floor(((confirmedMinutes - fromMinutes) / (toMinutes - fromMinutes)) * 100)
  return {
    star,
    nextHours: nextStarHours,
    remainingHours: Number(hoursOf(Math.max(0, toMinutes - confirmedMinutes))),
    percent: Math.min(100, Math.max(0, percent)),
  }
}

/** A confirmed entry that is not itself a reversal and was not reversed yet. */
export function canReverse(entry: VolunteerHoursEntry): boolean {
  return entry.status === 'CONFIRMED' && entry.source !== 'REVERSAL' && entry.reversedById == null
}

/** The `YYYY-MM` of a day `YYYY-MM-DD`. */
export const monthOf = (day: string): string => day.slice(0, 7)

/** The month before `YYYY-MM`. */
function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number)
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`
}

/** The last `count` months that have ended by `today`, most recent first, without those already locked. */
export function lockableMonths(today: string, locked: readonly string[], count = 12): string[] {
  const months: string[] = []
  let month = previousMonth(monthOf(today))
  for (let i = 0; i < count; i++, month = previousMonth(month)) {
    if (!locked.includes(month)) months.push(month)
  }
  return months
}

/** How many of the chosen entries there are in the queue page, and their minutes. */
export function chosenTotals(groups: readonly VolunteerHoursQueueGroup[], ids: ReadonlySet<number>) {
  let count = 0
  let minutes = 0
  for (const g of groups)
    for (const e of g.entries)
      if (ids.has(e.id)) {
        count++
        minutes += e.minutes
      }
  return { count, minutes }
}

/** Star thresholds as typed: each a whole number of hours above the one before; the index of each faulty one. */
export function thresholdErrors(hours: readonly (number | null | undefined)[]): number[] {
  const errors: number[] = []
  hours.forEach((h, i) => {
    const before = i > 0 ? hours[i - 1] : 0
    if (h == null || !Number.isInteger(h) || h <= 0 || (before != null && h <= before)) errors.push(i)
  })
  return errors
}
