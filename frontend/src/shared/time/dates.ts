// Days as the platform counts them. Business days (deadlines, statistics periods, talk days) are calendar days in
// Beijing time (China Standard Time, no daylight saving), whatever the browser's own time zone.

export const ZONE = 'Asia/Shanghai'

/** A range of calendar days (YYYY-MM-DD), `to` inclusive. */
export type Period = [from: string, to: string]

const DAY = 86_400_000
const pad = (n: number) => String(n).padStart(2, '0')
const beijingDays = new Intl.DateTimeFormat('en-CA', {
  timeZone: ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

/** The calendar day (YYYY-MM-DD) an instant falls on in Beijing. */
export function shanghaiDate(at: Date | number): string {
  return beijingDays.format(at)
}

/** Today in China Standard Time (the server's business days), as YYYY-MM-DD. */
export function shanghaiToday(now: Date | number = new Date()): string {
  return shanghaiDate(now)
}

/** Whole calendar days from one YYYY-MM-DD day to another (negative when `to` comes first). */
export function daysFrom(from: string, to: string): number {
  const utc = (day: string) => {
    const [y, m, d] = day.split('-').map(Number)
    return Date.UTC(y!, m! - 1, d!)
  }
  return Math.round((utc(to) - utc(from)) / DAY)
}

/** A local Date as YYYY-MM-DD (for dates a picker or calendar shows). */
export function isoDate(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/**
 * A deadline (`dueAt`) is the instant its last day ends: the next midnight in Beijing. It is shown as the last day's
 * 23:59, and its last day is the Beijing day of the millisecond before it.
 */
export function dueShownAt(dueAt: string): Date {
  return new Date(Date.parse(dueAt) - 60_000)
}

export function lastDayOf(dueAt: number): string {
  return shanghaiDate(dueAt - 1)
}

/**
 * Whether a device's own time of a write (`deviceRecordedAt`) is worth showing beside the server's: it was sent, and
 * it is more than a minute away from the server's time (a phone that saved offline and sent later, or a clock that is
 * off). Within a minute it is the same moment said twice.
 */
export function deviceTimeApart(serverAt: string, deviceAt: string | null | undefined): boolean {
  if (!deviceAt) return false
  const server = Date.parse(serverAt)
  const device = Date.parse(deviceAt)
  if (Number.isNaN(server) || Number.isNaN(device)) return false
  return Math.abs(server - device) > 60_000
}
