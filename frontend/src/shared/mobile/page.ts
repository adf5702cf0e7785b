// What every page under /m shares: Vant's styles and messages in the UI language, the document title, and a clock.
import 'vant/lib/index.css'
import './theme.css'
import { computed, onBeforeUnmount, onMounted, onUnmounted, ref, watchEffect } from 'vue'
import { useRoute } from 'vue-router'
import { useI18n } from 'vue-i18n'
import { Locale } from 'vant'
import vantZhCN from 'vant/es/locale/lang/zh-CN'
import vantEnUS from 'vant/es/locale/lang/en-US'
import { onLocaleChange } from '@/shared/i18n/locale'
import type { AppLocale } from '@/shared/i18n'

const vantLocales = { 'zh-CN': ['zh-CN', vantZhCN], 'en-US': ['en-US', vantEnUS] } as const

export function useVantLocale(locale: AppLocale): void {
  const [name, messages] = vantLocales[locale]
  Locale.use(name, messages)
}

/** Vant follows the UI locale, and the document title is the route's title. */
export function useMobilePage(): void {
  const { t, locale } = useI18n()
  const route = useRoute()
  useVantLocale(locale.value as AppLocale)
  onUnmounted(onLocaleChange(useVantLocale))
  watchEffect(() => {
    const key = route.meta.title
    document.title = key ? `${t(`nav.${key}`)} · ${t('app.shortName')}` : t('app.shortName')
  })
}

/** The current time, refreshed every minute while the component is mounted (deadline marks). */
export function useClock(intervalMs = 60_000) {
  const now = ref(Date.now())
  let timer: ReturnType<typeof setInterval> | undefined
  onMounted(() => {
    timer = setInterval(() => (now.value = Date.now()), intervalMs)
  })
  onBeforeUnmount(() => clearInterval(timer))
  return now
}

const ZONE = 'Asia/Shanghai'
const yearOf = new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: ZONE })

/** Short date and time in China Standard Time (the business time zone), e.g. 11月20日 10:23; the year only when not this one. */
export function useMobileDates() {
  const { locale } = useI18n()
  const formats = computed(() => {
    const base = { timeZone: ZONE, month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const
    return {
      thisYear: new Intl.DateTimeFormat(locale.value, base),
      otherYear: new Intl.DateTimeFormat(locale.value, { ...base, year: 'numeric' }),
    }
  })
  function format(value: string | null | undefined): string {
    if (!value) return '—'
    const date = new Date(value)
    if (Number.isNaN(date.getTime())) return '—'
    const sameYear = yearOf.format(date) === yearOf.format(new Date())
    return (sameYear ? formats.value.thisYear : formats.value.otherYear).format(date)
  }
  /** A deadline is the start of the day after its last day: shown as that day's 23:59. */
  function formatDue(value: string | null | undefined): string {
    return value ? format(new Date(Date.parse(value) - 60_000).toISOString()) : '—'
  }
  return { format, formatDue }
}
