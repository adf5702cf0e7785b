// The periods a certificate or an export covers: calendar days of China Standard Time (the server's), `to` inclusive.
import { daysFrom, shanghaiToday, type Period } from '@/shared/time/dates'

/** The longest export the server takes (a certificate may span any number of years). */
export const EXPORT_MAX_DAYS = 366

const year = (day: string) => Number(day.slice(0, 4))

/** From 1 January to today (the default). */
export function thisYearSoFar(today = shanghaiToday()): Period {
  return [`${year(today)}-01-01`, today]
}

/** The whole of last year. */
export function lastYear(today = shanghaiToday()): Period {
  const y = year(today) - 1
  return [`${y}-01-01`, `${y}-12-31`]
}

export type PeriodProblem = 'REQUIRED' | 'REVERSED' | 'FUTURE' | 'TOO_LONG'

/** What is wrong with a period, as the server would say it; undefined when it may be sent. */
export function periodProblem(
  period: readonly [string, string] | null | undefined,
  options: { today?: string; maxDays?: number } = {},
): PeriodProblem | undefined {
  const [from, to] = period ?? []
  if (!from || !to) return 'REQUIRED'
  if (to < from) return 'REVERSED'
  if (to > (options.today ?? shanghaiToday())) return 'FUTURE'
  if (options.maxDays !== undefined && daysFrom(from, to) >= options.maxDays) return 'TOO_LONG'
  return undefined
}
