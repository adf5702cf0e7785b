import { computed } from 'vue'
import { useI18n } from 'vue-i18n'

/** Date and time formatting in the UI locale (instants from the API are shown in the browser's time zone). */
export function useDateFormat() {
  const { locale } = useI18n()
  const dateTime = computed(() => new Intl.DateTimeFormat(locale.value, { dateStyle: 'medium', timeStyle: 'short' }))
  const short = computed(
    () => new Intl.DateTimeFormat(locale.value, { month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }),
  )
  return {
    /** e.g. 2026年11月21日 14:30 */
    formatAt: (value?: string | null) => (value ? dateTime.value.format(new Date(value)) : '—'),
    /** e.g. 11/21 14:30, for tables */
    formatShort: (value?: string | null) => (value ? short.value.format(new Date(value)) : '—'),
  }
}
