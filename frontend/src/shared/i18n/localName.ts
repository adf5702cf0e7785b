import { currentLocale, type AppLocale } from './index'

/**
 * A value people configure (a code-list value, an issue category) has a Chinese `name` and may have an English
 * `nameEn` (the API's one shape for both). This is the one place that picks what a reader sees.
 */
export interface TwoNames {
  name: string
  nameEn?: string | null
}

/** The name in the UI locale: English readers get `nameEn`, or the Chinese name when there is none. */
export function localName(value: TwoNames | null | undefined, locale: AppLocale = currentLocale()): string {
  if (!value) return ''
  const english = value.nameEn?.trim()
  return locale === 'en-US' && english ? english : value.name
}
