// Failed calls on the phone: toasts and dialogs (Vant), messages next to form fields, in the user's language.
import { reactive } from 'vue'
import { showFailToast } from 'vant'
import { ApiError, fieldErrors, isApiError, type FieldMapping } from '@/shared/api/problem'
import { messageFor } from '@/shared/api/messages'
import { t } from '@/shared/i18n'
import { login } from '@/shared/auth/keycloak'

/** Shows a failed call as a toast (and signs in again when the session is gone). */
export function toastError(e: unknown): void {
  if (!isApiError(e)) console.error(e)
  showFailToast({ message: messageFor(e), wordBreak: 'break-word' })
  if (isApiError(e) && e.status === 401) void login()
}

/**
 * Messages next to form fields (bind `errors[field]` to <van-field :error-message>). `fields` maps a violation's
 * path (e.g. `create.body.reporter.phone`) to a form field, as the office forms do (fieldErrors); `take` puts a 400's
 * violations there and says whether it did, so that the caller reports anything else.
 */
export function useFieldErrors<F extends string>(fields: FieldMapping<F>) {
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
    const { fields: byField, other } = fieldErrors(e.violations, fields)
    Object.assign(errors, byField)
    showFailToast({ message: other.length ? other.join('\n') : t('error.validation'), wordBreak: 'break-word' })
    return true
  }

  const hasErrors = () => Object.keys(errors).length > 0

  return { errors, clear, set, take, hasErrors }
}
