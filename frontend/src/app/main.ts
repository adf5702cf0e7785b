import { createApp, type App as VueApp } from 'vue'
import type { Router } from 'vue-router'
import { createPinia } from 'pinia'
import type { PublicConfig } from '@/shared/api/types'
import './styles.css'
import App from './App.vue'
import BootFailure from './BootFailure.vue'
import { i18n, currentLocale } from '@/shared/i18n'
import { setLocale } from '@/shared/i18n/locale'
import { configureClient } from '@/shared/api/client'
import { isApiError } from '@/shared/api/problem'
import { accessToken, fetchPublicConfig, initAuth, logout } from '@/shared/auth/keycloak'
import { signOutPending, useSessionStore } from '@/shared/auth/session'
import { officeOnDemand } from './office'
import { answers, bootPath, isPhonePath, reloadOnNextPageWhenOnline } from './boot'

// Before the sign-in only what it needs is loaded (budget: scripts/check-budget.mjs); the router with every
// feature's routes comes after it, Element Plus with the first office page (./office), and the offline layer (its
// IndexedDB) after the sign-in or when the network is missing.
async function boot(): Promise<void> {
  setLocale(currentLocale())
  const pinia = createPinia()
  const phone = isPhonePath(window.location.pathname)

  const fail = (reason: 'unreachable' | 'not-provisioned') => createApp(BootFailure, { reason }).use(i18n).mount('#app')

  async function mount(app: VueApp): Promise<Router> {
    const { createAppRouter } = await import('./router')
    const router = createAppRouter(useSessionStore().can)
    officeOnDemand(app, router)
    app.use(router)
    app.mount('#app')
    return router
  }

  /** Offline mode on a phone page, as the worker saved on the device; false when there is none. */
  async function startOffline(): Promise<boolean> {
    const offline = await import('@/features/offline')
    const me = phone ? await offline.loadProfile().catch(() => undefined) : undefined
    if (bootPath({ reachable: false, profile: !!me, phone }) !== 'offline' || !me) return false
    configureClient({ token: accessToken, locale: currentLocale })
    const app = createApp(App).use(pinia).use(i18n)
    useSessionStore().startOffline(me)
    offline.useOfflineStore().start(me.username)
    reloadOnNextPageWhenOnline(await mount(app))
    return true
  }

  let config: PublicConfig | undefined
  try {
    if (navigator.onLine) config = await fetchPublicConfig()
  } catch (e) {
    console.error(e)
  }
  // a phone page checks that Keycloak answers before it sends the browser there (the redirect cannot be taken back)
  const reachable =
    !!config && (!phone || (await answers(`${config.keycloakUrl}/realms/${encodeURIComponent(config.realm)}`)))
  if (!config || !reachable) {
    if (!(await startOffline())) fail('unreachable')
    return
  }
  try {
    await initAuth(config, currentLocale())
  } catch (e) {
    // the way back from Keycloak failed (its token endpoint unreachable)
    console.error(e)
    if (!(await startOffline())) fail('unreachable')
    return
  }
  // a worker who signed out in offline mode: their Keycloak session ends now
  if (signOutPending()) return logout()
  configureClient({ token: accessToken, locale: currentLocale })

  const app = createApp(App).use(pinia).use(i18n)
  const session = useSessionStore()
  let me
  try {
    me = await session.load()
  } catch (e) {
    console.error(e)
    if (!isApiError(e) && (await startOffline())) return
    fail(isApiError(e) && (e.status === 403 || e.status === 404) ? 'not-provisioned' : 'unreachable')
    return
  }
  await mount(app)
  const { rememberWorker } = await import('@/features/offline')
  await rememberWorker(me)
}

void boot()
