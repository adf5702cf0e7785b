// The offline layer's state for every screen: whether the network is there, the signed-in worker's outbox and how
// many of its items are not sent. The outbox is watched live (Dexie liveQuery), so a count shown anywhere follows
// every change, in this tab or another.
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { liveQuery, type Subscription } from 'dexie'
import { offlineDb } from './db'
import { isUnsent, type OutboxItem } from './model/outbox'
import { offlineCapable } from './capability'

export const useOfflineStore = defineStore('offline', () => {
  /** The worker whose outbox is watched (Me.username); undefined before sign-in. */
  const owner = ref<string>()
  const online = ref(typeof navigator === 'undefined' ? true : navigator.onLine)
  /** False where the browser offers no service worker or IndexedDB: the app then works online only. */
  const capable = ref(offlineCapable())
  const items = ref<OutboxItem[]>([])
  const unsent = computed(() => items.value.filter(isUnsent).length)

  let subscription: Subscription | undefined
  const onOnline = () => (online.value = true)
  const onOffline = () => (online.value = false)

  /** Starts watching the owner's outbox and the network; called once after sign-in (or an offline start). */
  function start(who: string): void {
    stop()
    owner.value = who
    window.addEventListener('online', onOnline)
    window.addEventListener('offline', onOffline)
    if (!capable.value) return
    subscription = liveQuery(() => offlineDb().outbox.where('owner').equals(who).toArray()).subscribe({
      next: (rows) => (items.value = rows.sort((a, b) => b.createdAt.localeCompare(a.createdAt))),
      error: (e) => console.error(e),
    })
  }

  function stop(): void {
    subscription?.unsubscribe()
    subscription = undefined
    window.removeEventListener('online', onOnline)
    window.removeEventListener('offline', onOffline)
  }

  return { owner, online, capable, items, unsent, start, stop }
})
