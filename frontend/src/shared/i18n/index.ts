import { createI18n } from 'vue-i18n'
import { enUS, zhCN } from './messages'

export const LOCALES = ['zh-CN', 'en-US'] as const
export type AppLocale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: AppLocale = 'zh-CN'
export const LOCALE_STORAGE_KEY = 'gridwork.locale'

export type MessageSchema = typeof zhCN

export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}

export function storedLocale(): AppLocale {
  try {
    const value = localStorage.getItem(LOCALE_STORAGE_KEY)
    return isAppLocale(value) ? value : DEFAULT_LOCALE
  } catch {
    return DEFAULT_LOCALE
  }
}

export function createAppI18n(locale: AppLocale = storedLocale()) {
  return createI18n<[MessageSchema], AppLocale, false>({
    legacy: false,
    locale,
    fallbackLocale: DEFAULT_LOCALE,
    messages: { 'zh-CN': zhCN, 'en-US': enUS },
  })
}

export const i18n = createAppI18n()

/** The current UI locale (what Accept-Language carries). */
export function currentLocale(): AppLocale {
  return i18n.global.locale.value
}

export const t = i18n.global.t
