import { computed } from 'vue'
import { useI18n } from 'vue-i18n'

/** Issues live on Beijing time: deadlines end at midnight there, so their times are shown there too. */
const ZONE = 'Asia/Shanghai'

/** A deadline is the start of the day after the last day; shown as that last day's 23:59. */
const lastMinute = (value: string) => new Date(Date.parse(value) - 60_000)

/** Date and time formatting in the UI locale, in Beijing time. */
export function useDateFormat() {
  const { locale } = useI18n()
  const dateTime = computed(() => new Intl.DateTimeFormat(locale.value, { dateStyle: 'medium', timeStyle: 'short', timeZone: ZONE }))
  const short = computed(
    () => new Intl.DateTimeFormat(locale.value, { month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', timeZone: ZONE }),
  )
  return {
    /** e.g. 2026年11月21日 14:30 */
    formatAt: (value?: string | null) => (value ? dateTime.value.format(new Date(value)) : '—'),
    /** e.g. 11/21 14:30, for tables */
    formatShort: (value?: string | null) => (value ? short.value.format(new Date(value)) : '—'),
    /** A deadline: e.g. 2026年11月25日 23:59 */
    formatDue: (value?: string | null) => (value ? dateTime.value.format(lastMinute(value)) : '—'),
    formatDueShort: (value?: string | null) => (value ? short.value.format(lastMinute(value)) : '—'),
  }
}
