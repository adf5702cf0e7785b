import { offlineDb } from './db'

const KEY = 'deviceId'

/**
 * This device's id (a UUID made once and kept in the device database, across sign-outs): the server records each
 * device's last sync under it.
 */
export async function deviceId(): Promise<string> {
  const db = offlineDb()
  return db.transaction('rw', db.meta, async () => {
    const kept = (await db.meta.get(KEY))?.value
    if (typeof kept === 'string') return kept
    const made = crypto.randomUUID()
    await db.meta.put({ key: KEY, value: made })
    return made
  })
}
