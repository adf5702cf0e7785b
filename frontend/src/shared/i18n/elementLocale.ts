// Element Plus's own texts (pagination, date pickers, dialogs) in the UI language. Apart from locale.ts, which the
// boot needs: Element Plus is the office's and comes with it (src/app/officeLibrary.ts).
import { computed } from 'vue'
import zhCn from 'element-plus/es/locale/lang/zh-cn'
import en from 'element-plus/es/locale/lang/en'
import { i18n } from './index'

const elementLocales = { 'zh-CN': zhCn, 'en-US': en } as const

/** Element Plus locale object that follows the UI locale. */
export function useElementLocale(target = i18n) {
  return computed(() => elementLocales[target.global.locale.value])
}
