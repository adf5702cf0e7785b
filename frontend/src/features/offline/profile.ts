import { offlineDb } from './db'
import type { Me } from '@/shared/api/types'

/** Remembers the signed-in worker so the app can open offline next time. */
export async function saveProfile(me: Me, now = new Date()): Promise<void> {
  await offlineDb().profile.put({ key: 'me', me, savedAt: now.toISOString() })
}

export async function loadProfile(): Promise<Me | undefined> {
  return (await offlineDb().profile.get('me'))?.me
}

/** Signing out: the worker's profile, worklist and outbox leave the device. */
export async function clearDevice(owner: string): Promise<void> {
  const db = offlineDb()
  await db.transaction(
    'rw',
    [db.profile, db.outbox, db.photos, db.obligations, db.households, db.issues, db.codeLists],
    async () => {
      await db.profile.clear()
      for (const table of [db.outbox, db.photos, db.obligations, db.households, db.issues, db.codeLists]) {
        await table.where('owner').equals(owner).delete()
      }
    },
  )
}
