// What the user is told of a failed call that is not a field-level validation error, in the UI language: the same
// words on office and phone screens.
import { isApiError } from './problem'
import { t } from '@/shared/i18n'

/** The message to show for a failed call that is not a field-level validation error. */
export function messageFor(e: unknown): string {
  if (!isApiError(e)) return t('error.network')
  const p = e.problem
  switch (e.status) {
    case 401:
      return t('error.unauthorized')
    case 403:
      return p.detail || t('error.forbidden')
    case 404:
      return p.detail || t('error.notFound')
    case 412:
      return t('error.stale')
    default:
      if (e.status >= 500) return t('error.server')
      return p.detail || p.title || t('error.server')
  }
}
