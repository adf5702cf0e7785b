// The offline layer's state for every screen: whether the network is there, the signed-in worker's outbox and how
// many of its items are not sent. The outbox is watched live (Dexie liveQuery), so a count shown anywhere follows
// every change, in this tab or another. Once started, the store replays the outbox and refreshes the worklist by
// itself: when the network returns, at start, every minute while items wait (the worklist every 5 minutes).
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { liveQuery, type Subscription } from 'dexie'
import { offlineDb } from './db'
import { isUnsent, type OutboxItem } from './model/outbox'
import { offlineCapable } from './capability'
import {
  discardItem,
  drain as drainOutbox,
  recoverInterruptedSends,
  reportSynced,
  resolveConflict as resolveItem,
  retryItem,
  setSignedIn,
  type ConflictChoice,
  type DrainSummary,
} from './sync'
import { lastRefreshed, refreshWorklist } from './refresh'

export const DRAIN_EVERY_MS = 60_000
export const REFRESH_EVERY_MS = 5 * 60_000

export const useOfflineStore = defineStore('offline', () => {
  /** The worker whose outbox is watched (Me.username); undefined before sign-in. */
  const owner = ref<string>()
  const online = ref(typeof navigator === 'undefined' ? true : navigator.onLine)
  /** False where the browser offers no service worker or IndexedDB: the app then works online only. */
  const capable = ref(offlineCapable())
  const items = ref<OutboxItem[]>([])
  const unsent = computed(() => items.value.filter(isUnsent).length)
  /** When the worklist on the device was last refreshed (device clock), if ever. */
  const lastRefreshAt = ref<string>()
  const refreshing = ref(false)
  const draining = ref(false)

  let subscription: Subscription | undefined
  let timers: ReturnType<typeof setInterval>[] = []

  /** Sends the waiting items; by hand (`force`) the backoff is not waited for. */
  async function drain(options: { force?: boolean } = {}): Promise<DrainSummary | undefined> {
    const who = owner.value
    if (!who || !capable.value) return undefined
    draining.value = true
    try {
      const summary = await drainOutbox(who, options)
      if (!summary.stoppedBy && summary.sent + summary.failed + summary.conflict > 0) await reportSynced(who)
      return summary
    } finally {
      draining.value = false
    }
  }

  /** Refreshes the worklist kept on the device; a refresh that cannot finish keeps the last one. */
  async function refresh(): Promise<boolean> {
    const who = owner.value
    if (!who || !capable.value || !online.value || refreshing.value) return false
    refreshing.value = true
    try {
      lastRefreshAt.value = await refreshWorklist(who)
      await reportSynced(who)
      return true
    } catch (e) {
      console.warn('worklist refresh failed', e)
      return false
    } finally {
      refreshing.value = false
    }
  }

  /** The network is back (or the app started): the outbox first, then the worklist (it then shows the results). */
  async function sync(): Promise<void> {
    if (!online.value) return
    await drain()
    await refresh()
  }

  async function retry(id: string): Promise<void> {
    await retryItem(id)
    await drain({ force: true })
  }

  async function discard(id: string): Promise<void> {
    await discardItem(id)
  }

  async function resolveConflict(id: string, choice: ConflictChoice): Promise<void> {
    const next = await resolveItem(id, choice)
    if (next) await drain({ force: true })
  }

  const onOnline = () => {
    online.value = true
    void sync()
  }
  const onOffline = () => (online.value = false)

  /** Starts watching the owner's outbox and the network; called once after sign-in (or an offline start). */
  function start(who: string): void {
    stop()
    owner.value = who
    window.addEventListener('online', onOnline)
    window.addEventListener('offline', onOffline)
    if (!capable.value) return
    setSignedIn(who)
    subscription = liveQuery(() => offlineDb().outbox.where('owner').equals(who).toArray()).subscribe({
      next: (rows) => (items.value = rows.sort((a, b) => b.createdAt.localeCompare(a.createdAt))),
      error: (e) => console.error(e),
    })
    void recoverInterruptedSends(who)
    void lastRefreshed(who).then((at) => (lastRefreshAt.value ??= at))
    timers = [
      setInterval(() => {
        if (online.value && items.value.some((i) => i.state === 'waiting')) void drain()
      }, DRAIN_EVERY_MS),
      setInterval(() => void refresh(), REFRESH_EVERY_MS),
    ]
    void sync()
  }

  function stop(): void {
    subscription?.unsubscribe()
    subscription = undefined
    for (const timer of timers) clearInterval(timer)
    timers = []
    setSignedIn(undefined)
    lastRefreshAt.value = undefined
    window.removeEventListener('online', onOnline)
    window.removeEventListener('offline', onOffline)
  }

  return {
    owner,
    online,
    capable,
    items,
    unsent,
    lastRefreshAt,
    refreshing,
    draining,
    start,
    stop,
    drain,
    refresh,
    retry,
    discard,
    resolveConflict,
  }
})
