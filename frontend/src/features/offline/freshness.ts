// How old the worklist kept on the device is: the pages that show it offline say "离线数据，更新于 …".
import { isApiError } from '@/shared/api/problem'
import { offlineDb } from './db'

/** Which part of the worklist a page shows. */
export type WorklistPart = 'obligations' | 'households' | 'issues' | 'codeLists'

/**
 * When the owner's rows of `part` (or of every part) were fetched: the OLDEST fetchedAt, so that a page never
 * claims fresher data than its stalest row. Undefined when nothing is kept.
 */
export async function worklistFetchedAt(owner: string, part?: WorklistPart): Promise<string | undefined> {
  const db = offlineDb()
  const tables = part ? [db[part]] : [db.obligations, db.households, db.issues, db.codeLists]
  let oldest: string | undefined
  for (const table of tables) {
    await table
      .where('owner')
      .equals(owner)
      .each((row: { fetchedAt: string }) => {
        if (oldest === undefined || row.fetchedAt < oldest) oldest = row.fetchedAt
      })
  }
  return oldest
}

/** A page's data and, when it came from the device instead of the server, how old it is. */
export interface Fetched<T> {
  data: T
  /** Set when the data is the copy kept on the device: when it was fetched (see worklistFetchedAt). */
  offlineAt?: string
}

/**
 * Reads from the server, or from the device when the network is down (known offline, or the request never got an
 * answer). A server's answer, even a refusal, is never replaced by the device copy: a 403 or 404 stays one.
 */
export async function readWithFallback<T>(
  owner: string | undefined,
  part: WorklistPart,
  fromServer: () => Promise<T>,
  fromDevice: (owner: string) => Promise<T | undefined>,
  knownOffline = false,
): Promise<Fetched<T>> {
  const device = async (): Promise<Fetched<T> | undefined> => {
    if (!owner) return undefined
    // nothing of this part kept (never refreshed, or purged): there is no device copy, not an empty one
    const at = await worklistFetchedAt(owner, part)
    const data = at === undefined ? undefined : await fromDevice(owner)
    return data === undefined ? undefined : { data, offlineAt: at }
  }
  if (knownOffline) {
    const kept = await device().catch(() => undefined)
    if (kept) return kept
  }
  try {
    return { data: await fromServer() }
  } catch (e) {
    if (isApiError(e)) throw e
    const kept = await device().catch(() => undefined)
    if (kept) return kept
    throw e
  }
}
