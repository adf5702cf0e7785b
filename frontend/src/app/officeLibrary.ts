// Element Plus for the office pages, loaded by ./office on the first office page. Our overrides of its colours
// (office.css) come after its stylesheet.
import { computed, type App } from 'vue'
import ElementPlus, { provideGlobalConfig } from 'element-plus'
import 'element-plus/dist/index.css'
import './office.css'
import { useElementLocale } from '@/shared/i18n/elementLocale'

export function install(app: App): void {
  app.use(ElementPlus)
  // what <el-config-provider :locale> did around the whole app: Element Plus's own texts follow the UI language
  const locale = useElementLocale()
  provideGlobalConfig(
    computed(() => ({ locale: locale.value })),
    app,
    true,
  )
}
