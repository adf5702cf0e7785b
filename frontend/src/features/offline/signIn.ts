// After an online sign-in: the worker is kept on the device so the app can open offline next time, and their outbox
// is watched (the status strip's count, the outbox page).
import { toRaw } from 'vue'
import type { Me } from '@/shared/api/types'
import { saveProfile } from './profile'
import { useOfflineStore } from './store'
import { onSynced } from './sync'
import { reportDeviceSync } from './api'

let reporting: (() => void) | undefined

export async function rememberWorker(me: Me): Promise<void> {
  const store = useOfflineStore()
  store.start(me.username)
  if (!store.capable) return
  // each successful drain or refresh tells the server, so the staff page shows this device's last sync
  reporting ??= onSynced((report) => reportDeviceSync(report.deviceId, report.unsentCount))
  // the session's `me` is a reactive proxy, which IndexedDB cannot clone
  await saveProfile(toRaw(me)).catch((e: unknown) => console.error(e))
}
