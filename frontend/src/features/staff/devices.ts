// The devices an account syncs from (issue 17), as the staff page shows them: when each last synced, in words and
// as a time, and which ones an administrator must hear of before disabling the account.
import type { StaffDeviceView } from '@/shared/api/types'

/** A sync this recent means the phone may still be in a worker's hand with work on it. */
export const RECENT_SYNC_MS = 24 * 60 * 60 * 1000

/**
 * The devices to warn about before disabling the account: those that still held unsent items at their last sync
 * (the server cannot know that they have not been sent since), and those that synced within the last day.
 */
export function devicesAtRisk(devices: readonly StaffDeviceView[], now: number): StaffDeviceView[] {
  return devices.filter((d) => d.unsentCount > 0 || now - Date.parse(d.lastSyncAt) < RECENT_SYNC_MS)
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400],
  ['month', 30 * 86_400],
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
]

/** e.g. "3 分钟前" / "3 minutes ago", "昨天" / "yesterday"; under a minute is "现在" / "now". */
export function relativeTime(at: string, now: number, locale: string): string {
  const seconds = Math.round((Date.parse(at) - now) / 1000)
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.trunc(seconds / size), unit)
  }
  return format.format(0, 'second')
}

type Translate = (key: string, values: Record<string, unknown>) => string

/**
 * What the disable confirmation adds about the account's devices, or undefined when none is at risk: each device at
 * risk with the time of its last sync (`formatAt`) and, if it had any, the items it still held unsent then.
 */
export function disableWarning(
  devices: readonly StaffDeviceView[],
  now: number,
  t: Translate,
  formatAt: (iso: string) => string,
): string | undefined {
  const risky = devicesAtRisk(devices, now)
  if (!risky.length) return undefined
  const lines = risky.map((d) =>
    d.unsentCount > 0
      ? t('staff.devices.warnUnsent', { label: d.label, at: formatAt(d.lastSyncAt), n: d.unsentCount })
      : t('staff.devices.warnRecent', { label: d.label, at: formatAt(d.lastSyncAt) }),
  )
  return (
    t('staff.devices.warnHead', { n: risky.length }) +
    lines.join(t('staff.devices.warnJoin', {})) +
    t('staff.devices.warnTail', {})
  )
}
