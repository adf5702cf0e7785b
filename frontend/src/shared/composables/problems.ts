// What a failed API call shows on the office screens (Element Plus): messages next to form fields, a toast, or the
// "changed by someone else" prompt. The phone's counterpart is shared/mobile/errors.ts; both word it with messageFor.
import { reactive } from 'vue'
import { ElMessage, ElMessageBox } from 'element-plus'
import { ApiError, fieldErrors, isApiError } from '@/shared/api/problem'
import { t } from '@/shared/i18n'
import { messageFor } from '@/shared/api/messages'
import { login } from '@/shared/auth/keycloak'

export interface ReportOptions {
  /** Called when the user chooses to reload after a 412 (stale ETag). */
  onStale?: () => void
}

/** Shows a failed call to the user (toast, or the reload prompt for 412). */
export function reportError(e: unknown, options: ReportOptions = {}): void {
  if (!isApiError(e)) console.error(e)
  if (isApiError(e) && e.status === 401) {
    ElMessage.error(messageFor(e))
    void login()
    return
  }
  if (isApiError(e) && e.status === 412) {
    ElMessageBox.alert(t('error.stale'), t('error.staleTitle'), {
      type: 'warning',
      confirmButtonText: t('error.reload'),
    })
      .then(() => options.onStale?.())
      .catch(() => undefined)
    return
  }
  ElMessage.error({ message: messageFor(e), grouping: true })
}

/**
 * Server-side validation for a form: `errors[field]` holds the server's message for that field
 * (bind it to <el-form-item :error>). `handle` puts violations next to their fields and reports the rest.
 */
export function useServerErrors<F extends string>(fields: readonly F[]) {
  const errors = reactive({}) as Partial<Record<F, string>>

  function clear(): void {
    for (const key of Object.keys(errors)) delete errors[key as F]
  }

  function handle(e: unknown, options: ReportOptions = {}): void {
    clear()
    if (e instanceof ApiError && e.violations.length > 0) {
      const { fields: byField, other } = fieldErrors(e.violations, fields)
      Object.assign(errors, byField)
      const rest = other.length > 0 ? other.join('; ') : Object.keys(byField).length === 0 ? messageFor(e) : ''
      ElMessage.error({ message: rest || t('error.validation'), grouping: true })
      return
    }
    reportError(e, options)
  }

  return { errors, clear, handle }
}
