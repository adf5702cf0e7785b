// A reason asked in a prompt (revoking a claim, rejecting logged service): null when the person cancels.
import { ElMessageBox } from 'element-plus'
import { t } from '@/shared/i18n'

export async function askReason(title: string, label: string): Promise<string | null> {
  try {
    const { value } = await ElMessageBox.prompt(label, title, {
      inputValidator: (v: string) => !!v?.trim() && v.trim().length <= 500,
      inputErrorMessage: t('partyPost.required', { field: label }),
      confirmButtonText: t('common.confirm'),
      cancelButtonText: t('common.cancel'),
    })
    return value.trim()
  } catch {
    return null
  }
}
