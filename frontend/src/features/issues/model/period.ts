// Statistics periods: calendar days (YYYY-MM-DD, `to` inclusive) of China Standard Time, the days the server counts
// in, whatever the browser's own time zone.
import { shanghaiToday, type Period } from '@/shared/time/dates'

const pad = (n: number) => String(n).padStart(2, '0')

function parts(day: string): [number, number, number] {
  const [y, m, d] = day.split('-').map(Number)
  return [y!, m!, d!]
}

/** From the first of this month to today (the default). */
export function thisMonth(today = shanghaiToday()): Period {
  const [y, m] = parts(today)
  return [`${y}-${pad(m)}-01`, today]
}

/** The whole of last month. */
export function lastMonth(today = shanghaiToday()): Period {
  const [y, m] = parts(today)
  const [ly, lm] = m === 1 ? [y - 1, 12] : [y, m - 1]
  const days = new Date(Date.UTC(ly, lm, 0)).getUTCDate()
  return [`${ly}-${pad(lm)}-01`, `${ly}-${pad(lm)}-${pad(days)}`]
}

/** From 1 January to today. */
export function thisYear(today = shanghaiToday()): Period {
  return [`${parts(today)[0]}-01-01`, today]
}
