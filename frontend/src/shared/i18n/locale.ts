import { i18n, isAppLocale, LOCALE_STORAGE_KEY, type AppLocale } from './index'

type Listener = (locale: AppLocale) => void
const listeners = new Set<Listener>()

/** Runs `fn` whenever the locale changes (e.g. Vant's own locale on mobile pages). Returns an unsubscribe. */
export function onLocaleChange(fn: Listener): () => void {
  listeners.add(fn)
  return () => listeners.delete(fn)
}

/** Switches the UI locale: vue-i18n, the document language (Element Plus follows: elementLocale.ts), the stored choice. */
export function setLocale(locale: AppLocale, target = i18n): void {
  if (!isAppLocale(locale)) throw new Error(`Unsupported locale: ${String(locale)}`)
  target.global.locale.value = locale
  document.documentElement.lang = locale
  try {
    localStorage.setItem(LOCALE_STORAGE_KEY, locale)
  } catch {
    // storage may be unavailable (private mode); the choice then lasts for this page only
  }
  listeners.forEach((fn) => fn(locale))
}
