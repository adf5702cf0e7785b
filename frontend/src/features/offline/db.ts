// The device's own database (IndexedDB through Dexie): the signed-in worker's profile, the worklist kept for offline
// use, and the outbox. One database per browser profile; rows carry their owner so that a shared phone never shows
// one worker's data to another, and signing out clears the owner's rows.
import Dexie, { type EntityTable } from 'dexie'
import type { OutboxItem, OutboxPhoto } from './model/outbox'
import type { Me } from '@/shared/api/types'

/** The last signed-in worker, so that the app can open offline (no Keycloak, no /api/me). */
export interface DeviceProfile {
  key: 'me'
  me: Me
  savedAt: string
}

/** A worklist row: the API's DTO as last fetched, keyed by the owner and the record's id. */
export interface WorklistRow<T> {
  owner: string
  id: number
  data: T
  /** ETag of the record when it was fetched (issues), for actions made offline. */
  etag?: string
  fetchedAt: string
}

/** A code list (issue categories and the like) as last fetched, by name. */
export interface CodeListRow {
  owner: string
  name: string
  data: unknown
  fetchedAt: string
}

/** Small values: when the worklist was last refreshed, this device's id. */
export interface MetaRow {
  key: string
  value: unknown
}

export class OfflineDb extends Dexie {
  profile!: EntityTable<DeviceProfile, 'key'>
  outbox!: EntityTable<OutboxItem, 'id'>
  photos!: EntityTable<OutboxPhoto, 'id'>
  obligations!: Dexie.Table<WorklistRow<unknown>, [string, number]>
  households!: Dexie.Table<WorklistRow<unknown>, [string, number]>
  issues!: Dexie.Table<WorklistRow<unknown>, [string, number]>
  codeLists!: Dexie.Table<CodeListRow, [string, string]>
  meta!: EntityTable<MetaRow, 'key'>

  constructor(name = 'gridwork') {
    super(name)
    this.version(1).stores({
      profile: 'key',
      outbox: 'id, owner, state, createdAt, [owner+state]',
      photos: 'id, itemId, owner',
      obligations: '[owner+id], owner',
      households: '[owner+id], owner',
      issues: '[owner+id], owner',
      codeLists: '[owner+name], owner',
      meta: 'key',
    })
  }
}

let db: OfflineDb | undefined

/** The database; tests replace it with a fresh one (fake-indexeddb). */
export function offlineDb(): OfflineDb {
  db ??= new OfflineDb()
  return db
}

export function useOfflineDb(replacement: OfflineDb): void {
  db = replacement
}
