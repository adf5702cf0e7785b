// A phone form's write through the outbox: queued on the device first, then tried at once. What the form does next
// depends on the outcome: the server's answer (sent), kept on the phone (no network), or refused while the worker is
// still on the form (the item is withdrawn and the complaints go back to the form, which still holds every input).
import { ApiError, type Problem } from '@/shared/api/problem'
import { offlineDb } from './db'
import { enqueue, type OutboxInput } from './outbox'
import { sendNow } from './sync'
import type { OutboxItem } from './model/outbox'

export type SubmitOutcome =
  | { kind: 'sent'; body: unknown; item: OutboxItem }
  | { kind: 'saved'; item: OutboxItem }
  | { kind: 'conflict'; item: OutboxItem }
  | { kind: 'refused'; error: ApiError }

/** The server's refusal of an item as the error a form shows: its problem document when kept, else the last error. */
export function refusalOf(item: OutboxItem): ApiError {
  const body = item.result?.body
  const status = item.lastError?.status ?? item.result?.status ?? 400
  if (body && typeof body === 'object' && 'title' in body) return new ApiError(status, { status, ...(body as Problem) })
  return new ApiError(status, {
    status,
    title: item.lastError?.title ?? `HTTP ${status}`,
    detail: item.lastError?.detail,
  })
}

/** Removes an item and its queued photos (a refusal the form takes back). */
export async function withdraw(item: Pick<OutboxItem, 'id'>): Promise<void> {
  const db = offlineDb()
  await db.transaction('rw', db.outbox, db.photos, async () => {
    await db.photos.where('itemId').equals(item.id).delete()
    await db.outbox.delete(item.id)
  })
}

/**
 * Queues the write and tries it now. A refusal (failed) is withdrawn from the outbox and returned as an ApiError for
 * the form; anything that leaves the item queued (no network, a server error, an unexpected throw) is "saved".
 */
export async function submitThroughOutbox(input: OutboxInput): Promise<SubmitOutcome> {
  const queued = await enqueue(input)
  let item: OutboxItem
  try {
    item = await sendNow(queued)
  } catch (e) {
    console.error(e)
    return { kind: 'saved', item: queued }
  }
  switch (item.state) {
    case 'sent':
      return { kind: 'sent', body: item.result?.body, item }
    case 'conflict':
      return { kind: 'conflict', item }
    case 'failed':
      await withdraw(item)
      return { kind: 'refused', error: refusalOf(item) }
    default:
      return { kind: 'saved', item }
  }
}
