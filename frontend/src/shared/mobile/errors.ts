// Failed calls on the phone: toasts and dialogs (Vant), messages next to form fields, in the user's language.
import { reactive } from 'vue'
import { showFailToast } from 'vant'
import { ApiError, fieldOf, isApiError } from '@/shared/api/problem'
import { messageFor } from '@/shared/composables/problems'
import { t } from '@/shared/i18n'
import { login } from '@/shared/auth/keycloak'

/** Shows a failed call as a toast (and signs in again when the session is gone). */
export function toastError(e: unknown): void {
  if (!isApiError(e)) console.error(e)
  showFailToast({ message: messageFor(e), wordBreak: 'break-word' })
  if (isApiError(e) && e.status === 401) void login()
}

/**
 * Messages next to form fields (bind `errors[field]` to <van-field :error-message>). `fieldFor` maps a violation's
 * path (e.g. `create.body.reporter.phone`) to a form field; `take` puts a 400's violations there and says whether
 * it did, so that the caller reports anything else.
 */
export function useFieldErrors<F extends string>(fieldFor: (path: string, last: string) => F | undefined) {
  const errors = reactive({}) as Partial<Record<F, string>>

  function clear(field?: F): void {
    if (field) delete errors[field]
    else for (const key of Object.keys(errors)) delete errors[key as F]
  }

  function set(field: F, message: string): void {
    errors[field] = message
  }

  function take(e: unknown): boolean {
    if (!(e instanceof ApiError) || e.status !== 400 || e.violations.length === 0) return false
    clear()
    const other: string[] = []
    for (const v of e.violations) {
      const field = fieldFor(v.field, fieldOf(v.field))
      if (field) errors[field] = errors[field] ? `${errors[field]}；${v.message}` : v.message
      else other.push(v.message)
    }
    showFailToast({ message: other.length ? other.join('\n') : t('error.validation'), wordBreak: 'break-word' })
    return true
  }

  const hasErrors = () => Object.keys(errors).length > 0

  return { errors, clear, set, take, hasErrors }
}
