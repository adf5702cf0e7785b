// The installed app's service worker (vite-plugin-pwa, Workbox; configured in vite.config.ts). A new version waits:
// the worker is told "update available" and applies it now (the page reloads under the new version) or lets it take
// over at the next start of the app. Data stays in IndexedDB, which an update never touches.
import { defineStore } from 'pinia'
import { ref } from 'vue'

export const usePwaStore = defineStore('pwa', () => {
  /** A new version is installed and waiting. */
  const updateReady = ref(false)
  /** The worker chose "next start": the notice goes away until the next version. */
  const deferred = ref(false)
  let update: ((reload?: boolean) => Promise<void>) | undefined
  let registering: Promise<void> | undefined

  /** Registers the service worker once (the phone pages call it; the office needs no offline start). */
  function register(): Promise<void> {
    if (!('serviceWorker' in navigator)) return Promise.resolve()
    registering ??= import('virtual:pwa-register').then(({ registerSW }) => {
      update = registerSW({
        immediate: true,
        onNeedRefresh: () => {
          updateReady.value = true
          deferred.value = false
        },
        onRegisterError: (e: unknown) => console.error(e),
      })
    })
    return registering
  }

  /** Now: the waiting version takes over and the page reloads with it. */
  async function applyNow(): Promise<void> {
    await update?.(true)
  }

  function applyNextStart(): void {
    deferred.value = true
  }

  return { updateReady, deferred, register, applyNow, applyNextStart }
})
