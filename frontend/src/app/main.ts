import { createApp } from 'vue'
import { createPinia } from 'pinia'
import ElementPlus from 'element-plus'
import 'element-plus/dist/index.css'
import './styles.css'
import App from './App.vue'
import BootFailure from './BootFailure.vue'
import { i18n, currentLocale } from '@/shared/i18n'
import { setLocale } from '@/shared/i18n/locale'
import { configureClient } from '@/shared/api/client'
import { isApiError } from '@/shared/api/problem'
import { accessToken, fetchPublicConfig, initAuth } from '@/shared/auth/keycloak'
import { createAppRouter } from './router'
import { useSessionStore } from '@/shared/auth/session'

async function boot(): Promise<void> {
  setLocale(currentLocale())
  const pinia = createPinia()

  const fail = (reason: 'unreachable' | 'not-provisioned') =>
    createApp(BootFailure, { reason }).use(i18n).use(ElementPlus).mount('#app')

  let config
  try {
    config = await fetchPublicConfig()
  } catch (e) {
    console.error(e)
    fail('unreachable')
    return
  }
  await initAuth(config, currentLocale())
  configureClient({ token: accessToken, locale: currentLocale })

  const app = createApp(App).use(pinia).use(i18n).use(ElementPlus)
  const session = useSessionStore()
  try {
    await session.load()
  } catch (e) {
    console.error(e)
    fail(isApiError(e) && (e.status === 403 || e.status === 404) ? 'not-provisioned' : 'unreachable')
    return
  }
  app.use(createAppRouter(session.can))
  app.mount('#app')
}

void boot()
