// What every page under /m shares: Vant's styles and messages in the UI language, and the document title.
import 'vant/lib/index.css'
import './theme.css'
import { onUnmounted, watchEffect } from 'vue'
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

/** Gridwork red (also in theme.css), for Vant calls rendered outside the page (dialogs). */
export const BRAND_RED = '#c0392b'
