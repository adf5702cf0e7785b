// After an online sign-in: the worker is kept on the device so the app can open offline next time, and their outbox
// is watched (the status strip's count, the outbox page).
import { toRaw } from 'vue'
import type { Me } from '@/shared/api/types'
import { saveProfile } from './profile'
import { useOfflineStore } from './store'

export async function rememberWorker(me: Me): Promise<void> {
  const store = useOfflineStore()
  store.start(me.username)
  if (!store.capable) return
  // the session's `me` is a reactive proxy, which IndexedDB cannot clone
  await saveProfile(toRaw(me)).catch((e: unknown) => console.error(e))
}
