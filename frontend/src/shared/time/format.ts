// The one place that turns instants into text: in the UI locale, in Beijing time (where deadlines end at midnight and
// business days are counted), on office and phone screens alike.
import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import { ZONE, dueShownAt, shanghaiDate, shanghaiToday } from './dates'

type Value = string | null | undefined

export function useDateFormat() {
  const { locale } = useI18n()
  const formats = computed(() => {
    const of = (options: Intl.DateTimeFormatOptions) =>
      new Intl.DateTimeFormat(locale.value, { ...options, timeZone: ZONE })
    const compact = { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const
    return {
      dateTime: of({ dateStyle: 'medium', timeStyle: 'short' }),
      dateTimeSeconds: of({ dateStyle: 'medium', timeStyle: 'medium' }),
      date: of({ dateStyle: 'medium' }),
      short: of({ month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }),
      compact: of(compact),
      compactWithYear: of({ ...compact, year: 'numeric' }),
    }
  })
  const format = (f: Intl.DateTimeFormat, value: Value) => (value ? f.format(new Date(value)) : '—')

  /** e.g. 11月20日 10:23; the year only when it is not this one (phone lists and pages). */
  function formatCompact(value: Value): string {
    if (!value) return '—'
    const date = new Date(value)
    if (Number.isNaN(date.getTime())) return '—'
    const sameYear = shanghaiDate(date).slice(0, 4) === shanghaiToday().slice(0, 4)
    return (sameYear ? formats.value.compact : formats.value.compactWithYear).format(date)
  }

  return {
    /** e.g. 2026年11月21日 14:30 */
    formatAt: (value: Value) => format(formats.value.dateTime, value),
    /** e.g. 2026年11月21日 14:30:05 (the audit log) */
    formatAtSeconds: (value: Value) => format(formats.value.dateTimeSeconds, value),
    /** e.g. 2026年11月21日 */
    formatDate: (value: Value) => format(formats.value.date, value),
    /** e.g. 11/21 14:30, for tables */
    formatShort: (value: Value) => format(formats.value.short, value),
    formatCompact,
    /** A deadline: e.g. 2026年11月25日 23:59 (its last day's last minute) */
    formatDue: (value: Value) => (value ? formats.value.dateTime.format(dueShownAt(value)) : '—'),
    formatDueShort: (value: Value) => (value ? formats.value.short.format(dueShownAt(value)) : '—'),
    formatDueCompact: (value: Value) => (value ? formatCompact(dueShownAt(value).toISOString()) : '—'),
  }
}
