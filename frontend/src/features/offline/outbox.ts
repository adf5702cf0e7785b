// Putting writes into the outbox and reading it back. Sending (drain, retry, conflicts) is in ./sync.
import { offlineDb } from './db'
import { isUnsent, type OutboxItem, type OutboxKind } from './model/outbox'

export interface OutboxInput {
  owner: string
  kind: OutboxKind
  path: string
  body: Record<string, unknown>
  label: string
  link?: string
  ifMatch?: string
  /** Photos to upload before the item; their upload ids go into body[photoField]. */
  photos?: { blob: Blob; fileName: string }[]
  photoField?: string
}

/** Queues a write (and its photos) in one transaction; the item starts waiting. */
export async function enqueue(input: OutboxInput, now = new Date()): Promise<OutboxItem> {
  const at = now.toISOString()
  const item: OutboxItem = {
    id: crypto.randomUUID(),
    owner: input.owner,
    kind: input.kind,
    method: 'POST',
    path: input.path,
    body: input.body,
    photoField: input.photos?.length ? (input.photoField ?? 'photoUploadIds') : undefined,
    ifMatch: input.ifMatch,
    label: input.label,
    link: input.link,
    state: 'waiting',
    attempts: 0,
    createdAt: at,
    updatedAt: at,
  }
  const db = offlineDb()
  await db.transaction('rw', db.outbox, db.photos, async () => {
    await db.outbox.add(item)
    await db.photos.bulkAdd(
      (input.photos ?? []).map((p, position) => ({
        id: crypto.randomUUID(),
        itemId: item.id,
        owner: input.owner,
        position,
        blob: p.blob,
        fileName: p.fileName,
        attempts: 0,
      })),
    )
  })
  return item
}

/** The owner's items, newest first. */
export async function outboxItems(owner: string): Promise<OutboxItem[]> {
  const items = await offlineDb().outbox.where('owner').equals(owner).toArray()
  return items.sort((a, b) => b.createdAt.localeCompare(a.createdAt))
}

/** How many of the owner's items are not sent (waiting, sending, failed, conflict). */
export async function unsentCount(owner: string): Promise<number> {
  return offlineDb().outbox.where('owner').equals(owner).filter(isUnsent).count()
}
