import { createApp } from 'vue'
import { createPinia } from 'pinia'
import './styles.css'
import App from './App.vue'
import BootFailure from './BootFailure.vue'
import { i18n, currentLocale } from '@/shared/i18n'
import { setLocale } from '@/shared/i18n/locale'
import { configureClient } from '@/shared/api/client'
import { isApiError } from '@/shared/api/problem'
import { accessToken, fetchPublicConfig, initAuth } from '@/shared/auth/keycloak'
import { useSessionStore } from '@/shared/auth/session'
import { officeOnDemand } from './office'

// Before the sign-in only what it needs is loaded (budget: scripts/check-budget.mjs); the router with every
// feature's routes comes after it, and Element Plus with the first office page (./office).
async function boot(): Promise<void> {
  setLocale(currentLocale())
  const pinia = createPinia()

  const fail = (reason: 'unreachable' | 'not-provisioned') => createApp(BootFailure, { reason }).use(i18n).mount('#app')

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

  const app = createApp(App).use(pinia).use(i18n)
  const session = useSessionStore()
  try {
    await session.load()
  } catch (e) {
    console.error(e)
    fail(isApiError(e) && (e.status === 403 || e.status === 404) ? 'not-provisioned' : 'unreachable')
    return
  }
  const { createAppRouter } = await import('./router')
  const router = createAppRouter(session.can)
  officeOnDemand(app, router)
  app.use(router)
  app.mount('#app')
}

void boot()
