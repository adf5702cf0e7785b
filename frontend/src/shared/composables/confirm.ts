import { ElMessageBox } from 'element-plus'
import { t } from '@/shared/i18n'

/** Asks before an action; true when the user confirmed, false when they cancelled or closed the box. */
export async function confirmed(
  message: string,
  title: string,
  type: 'warning' | 'info' = 'warning',
): Promise<boolean> {
  try {
    await ElMessageBox.confirm(message, title, {
      type,
      confirmButtonText: t('common.confirm'),
      cancelButtonText: t('common.cancel'),
    })
    return true
  } catch {
    return false
  }
}
