import { ElMessage } from 'element-plus'
import { t } from '@/shared/i18n'

/** The async clipboard API needs a secure context (https or localhost); elsewhere fall back to a selection copy. */
async function writeClipboard(text: string): Promise<void> {
  if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text)
  const area = document.createElement('textarea')
  area.value = text
  area.setAttribute('readonly', '')
  area.style.position = 'fixed'
  area.style.opacity = '0'
  document.body.appendChild(area)
  area.select()
  try {
    if (!document.execCommand('copy')) throw new Error('copy refused')
  } finally {
    area.remove()
  }
}

/** Copies a value shown once (a password, a secret) and says whether it worked. */
export async function copyToClipboard(text: string): Promise<void> {
  try {
    await writeClipboard(text)
    ElMessage.success(t('common.copied'))
  } catch {
    ElMessage.warning(t('common.copyFailed'))
  }
}
