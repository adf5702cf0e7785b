// Sending the outbox: one item at a time, oldest first, only the signed-in worker's. Every attempt of an item carries
// the same Idempotency-Key (its id), so a lost answer can be replayed without writing twice; photos upload first,
// each under its own key, and an uploaded photo keeps its upload id so that a later attempt never uploads it again.
import { offlineDb } from './db'
import { unsentCount } from './outbox'
import { deviceId } from './deviceId'
import type { OutboxItem, OutboxPhoto } from './model/outbox'
import { decide, isDue, issueIdOf, retryNeedsNewKey, type Decision } from './model/send'
import type { ConflictMine } from './model/conflict'
import { isOk, request, type Exchange } from './transport'
import { fileUpload } from '@/shared/api/upload'

// ---- who may send: the worker signed in on this device (their token goes with every request)

let signedIn: string | undefined

/** Called by the store on sign-in (and with undefined on sign-out): only this owner's items are ever sent. */
export function setSignedIn(owner: string | undefined): void {
  signedIn = owner
}

function online(): boolean {
  return typeof navigator === 'undefined' || navigator.onLine !== false
}

// ---- one sender at a time: in this tab (a promise chain) and across tabs (a Web Lock, where the browser has them)

let chain: Promise<unknown> = Promise.resolve()

function exclusive<T>(task: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks
  const run = (): Promise<T> => (locks ? (locks.request('gridwork-outbox', task) as Promise<T>) : task())
  const next = chain.then(run, run)
  chain = next.catch(() => undefined)
  return next
}

// ---- after a successful sync: the device reports it (the lead wires the devices API to this hook)

export interface SyncReport {
  owner: string
  deviceId: string
  unsentCount: number
}
type SyncListener = (report: SyncReport) => unknown
const listeners = new Set<SyncListener>()

/** Registers a listener called after each successful drain or worklist refresh; returns its removal. */
export function onSynced(listener: SyncListener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export async function reportSynced(owner: string): Promise<void> {
  if (!listeners.size) return
  const report: SyncReport = { owner, deviceId: await deviceId(), unsentCount: await unsentCount(owner) }
  for (const listener of listeners) {
    try {
      await listener(report)
    } catch (e) {
      console.warn('sync report failed', e)
    }
  }
}

// ---- one attempt

async function save(item: OutboxItem, patch: Partial<OutboxItem>, now = new Date()): Promise<OutboxItem> {
  const next = { ...item, ...patch, updatedAt: now.toISOString() }
  await offlineDb().outbox.put(next)
  return next
}

function photosOf(itemId: string): Promise<OutboxPhoto[]> {
  return offlineDb().photos.where('itemId').equals(itemId).sortBy('position')
}

/** Uploads one photo under its own key; its upload id is kept on the row (a retry skips it). */
async function upload(photo: OutboxPhoto): Promise<{ photo: OutboxPhoto; exchange: Exchange }> {
  const exchange = await request('POST', '/api/photo-uploads', {
    ...fileUpload(photo.blob, photo.fileName),
    headers: { 'Idempotency-Key': photo.id },
  })
  const id = isOk(exchange) ? (exchange.data as { id?: unknown } | undefined)?.id : undefined
  const next: OutboxPhoto =
    typeof id === 'number'
      ? { ...photo, uploadId: id, lastError: undefined }
      : { ...photo, attempts: photo.attempts + 1, lastError: decide(exchange.outcome, photo.attempts + 1).error }
  await offlineDb().photos.put(next)
  return { photo: next, exchange }
}

/** After a 412: the issue as it is now (with its ETag), beside what the worker wanted and the version they saw. */
async function conflictOf(item: OutboxItem): Promise<Exchange & { conflict?: OutboxItem['conflict'] }> {
  const id = issueIdOf(item.path)
  if (id === undefined) return { outcome: { kind: 'answer', status: 412 } }
  const exchange = await request('GET', `/api/issues/${id}`)
  if (!isOk(exchange)) return exchange
  const seen = await offlineDb().issues.get([item.owner, id])
  const mine: ConflictMine = {
    body: item.body,
    ifMatch: item.ifMatch,
    recordedAt: item.createdAt,
    seen: seen && seen.etag === item.ifMatch ? seen.data : undefined,
  }
  return {
    ...exchange,
    conflict: {
      mine,
      theirs: exchange.data,
      theirsEtag: exchange.response?.headers.get('ETag') ?? undefined,
    },
  }
}

async function settle(item: OutboxItem, decision: Decision, patch: Partial<OutboxItem> = {}): Promise<OutboxItem> {
  const attempts = item.attempts + (decision.counts ? 1 : 0)
  return save(item, { state: decision.state, attempts, lastError: decision.error, ...patch })
}

async function attempt(item: OutboxItem): Promise<OutboxItem> {
  const sending = await save(item, { state: 'sending' })
  const tried = item.attempts + 1
  const uploadIds: number[] = []
  for (const queued of await photosOf(item.id)) {
    if (queued.uploadId !== undefined) {
      uploadIds.push(queued.uploadId)
      continue
    }
    const { photo, exchange } = await upload(queued)
    if (photo.uploadId === undefined) {
      // the item waits or fails with its photo; an answer without an upload id (or a 412) is a refusal
      const decision = decide(exchange.outcome, tried)
      return settle(sending, decision.state === 'waiting' ? decision : { ...decision, state: 'failed' })
    }
    uploadIds.push(photo.uploadId)
  }
  const body = item.photoField ? { ...item.body, [item.photoField]: uploadIds } : item.body
  const headers: Record<string, string> = { 'Idempotency-Key': item.id, 'Device-Recorded-At': item.createdAt }
  if (item.ifMatch) headers['If-Match'] = item.ifMatch
  const exchange = await request('POST', item.path, { body, headers })
  const decision = decide(exchange.outcome, tried)
  if (decision.state === 'sent') {
    const status = exchange.outcome.kind === 'answer' ? exchange.outcome.status : 200
    const sent = await settle(sending, decision, {
      sentAt: new Date().toISOString(),
      result: { status, body: exchange.data ?? null },
    })
    await offlineDb().photos.where('itemId').equals(item.id).delete()
    return sent
  }
  if (decision.state === 'failed' && exchange.outcome.kind === 'answer') {
    // the whole problem document, so that a form taking the item back can put each violation on its field
    return settle(sending, decision, {
      result: { status: exchange.outcome.status, body: exchange.outcome.problem ?? null },
    })
  }
  if (decision.state !== 'conflict') return settle(sending, decision)
  const current = await conflictOf(item)
  if (current.conflict) return settle(sending, decision, { conflict: current.conflict })
  // the current version could not be read: no answer waits (the 412 is replayed next time), a refusal fails
  const reading = decide(current.outcome, tried)
  return settle(sending, { ...reading, state: reading.state === 'waiting' ? 'waiting' : 'failed' })
}

/** An item left 'sending' (the tab closed mid-send) goes back to waiting: replaying it is safe (same key). */
async function recoverInterrupted(owner: string): Promise<void> {
  const db = offlineDb()
  const stuck = await db.outbox.where('[owner+state]').equals([owner, 'sending']).toArray()
  for (const item of stuck) await db.outbox.put({ ...item, state: 'waiting' })
}

/** At start, even offline: an item the last session left 'sending' shows as waiting again. */
export function recoverInterruptedSends(owner: string): Promise<void> {
  return exclusive(() => recoverInterrupted(owner))
}

export interface DrainSummary {
  /** Items tried in this drain, by the state they reached. */
  sent: number
  failed: number
  conflict: number
  /** Why the drain stopped before the end of the queue, if it did. */
  stoppedBy?: 'offline' | 'backoff' | 'waiting' | 'not-signed-in'
}

interface DrainOptions {
  /** By hand: the backoff is not waited for. */
  force?: boolean
  now?: () => number
  /** Stop after this item (made at this time): the items made before it go first. */
  until?: string
}

/** The drain's loop; the caller holds the lock. */
async function drainLocked(owner: string, options: DrainOptions): Promise<DrainSummary> {
  const now = options.now ?? Date.now
  const summary: DrainSummary = { sent: 0, failed: 0, conflict: 0 }
  if (owner !== signedIn) return { ...summary, stoppedBy: 'not-signed-in' }
  await recoverInterrupted(owner)
  const queue = await offlineDb().outbox.where('[owner+state]').equals([owner, 'waiting']).sortBy('createdAt')
  for (const item of queue) {
    if (options.until !== undefined && item.createdAt > options.until) break
    if (!online()) return { ...summary, stoppedBy: 'offline' }
    if (!options.force && !isDue(item, now())) return { ...summary, stoppedBy: 'backoff' }
    const fresh = await offlineDb().outbox.get(item.id)
    if (fresh?.state !== 'waiting') continue
    const done = await attempt(fresh)
    if (done.state === 'waiting') return { ...summary, stoppedBy: 'waiting' }
    if (done.state === 'sent' || done.state === 'failed' || done.state === 'conflict') summary[done.state]++
  }
  await pruneSent(owner)
  return summary
}

/**
 * Sends every waiting item of the owner, oldest first, one at a time. It stops at the first item that stays waiting
 * (no network, sign-in expired, a passing server error) or is not due yet (backoff), so that items act in the order
 * they were made.
 */
export function drain(owner: string, options: Omit<DrainOptions, 'until'> = {}): Promise<DrainSummary> {
  return exclusive(() => drainLocked(owner, options))
}

/**
 * Tries to send one item now (its photos first; the owner's older waiting items go before it), if the network
 * allows. Resolves with the item in its new state: 'sent' (with result), 'waiting' (no network, no sign-in, a passing
 * server error, or an older item still waiting; stays queued), 'failed' or 'conflict'. An item of another worker than
 * the signed-in one is left as it is.
 */
export function sendNow(item: OutboxItem): Promise<OutboxItem> {
  return exclusive(async () => {
    const current = await offlineDb().outbox.get(item.id)
    if (!current) return item
    await drainLocked(current.owner, { force: true, until: current.createdAt })
    return (await offlineDb().outbox.get(item.id)) ?? current
  })
}

/** Sent items kept on the device for the outbox page's "recently sent" (their photos are already gone). */
export const SENT_KEPT = 50

async function pruneSent(owner: string): Promise<void> {
  const sent = await offlineDb().outbox.where('[owner+state]').equals([owner, 'sent']).sortBy('sentAt')
  await offlineDb().outbox.bulkDelete(sent.slice(0, Math.max(0, sent.length - SENT_KEPT)).map((i) => i.id))
}

// ---- what the worker decides on the outbox page

/**
 * A new id for an item: a new Idempotency-Key, for a request the server refused or answered 412 (it keeps that answer
 * under the old key). Its photos get new keys and upload again: an upload is kept 24 h and used once, and the item may
 * come back days later (the old uploads expire unused).
 */
async function rekey(item: OutboxItem, patch: Partial<OutboxItem>): Promise<OutboxItem> {
  const db = offlineDb()
  const next: OutboxItem = { ...item, ...patch, id: crypto.randomUUID(), updatedAt: new Date().toISOString() }
  await db.transaction('rw', db.outbox, db.photos, async () => {
    const photos = await db.photos.where('itemId').equals(item.id).toArray()
    await db.photos.bulkDelete(photos.map((p) => p.id))
    await db.photos.bulkAdd(
      photos.map((p) => ({
        ...p,
        id: crypto.randomUUID(),
        itemId: next.id,
        uploadId: undefined,
        attempts: 0,
        lastError: undefined,
      })),
    )
    await db.outbox.delete(item.id)
    await db.outbox.add(next)
  })
  return next
}

/**
 * A failed item goes back to waiting with its attempts reset. After a refusal it gets a new key (the server keeps
 * the refusal under the old one, and a refused request wrote nothing); after a passing error it keeps its key.
 */
export async function retryItem(id: string): Promise<OutboxItem | undefined> {
  const item = await offlineDb().outbox.get(id)
  if (item?.state !== 'failed') return item
  const patch: Partial<OutboxItem> = { state: 'waiting', attempts: 0 }
  if (retryNeedsNewKey(item.lastError)) return rekey(item, patch)
  return save(item, patch)
}

/** The item and its photos leave the device. */
export async function discardItem(id: string): Promise<void> {
  const db = offlineDb()
  await db.transaction('rw', db.outbox, db.photos, async () => {
    await db.photos.where('itemId').equals(id).delete()
    await db.outbox.delete(id)
  })
}

export type ConflictChoice = 'apply-to-current' | 'discard'

/**
 * The worker's answer to a conflict: discard drops the item; apply-to-current queues the same intent against the
 * server's current version (its ETag), under a new key, since the server keeps the 412 under the old one.
 */
export async function resolveConflict(id: string, choice: ConflictChoice): Promise<OutboxItem | undefined> {
  const item = await offlineDb().outbox.get(id)
  if (item?.state !== 'conflict') return item
  if (choice === 'discard') {
    await discardItem(id)
    return undefined
  }
  return rekey(item, {
    state: 'waiting',
    attempts: 0,
    ifMatch: item.conflict?.theirsEtag,
    conflict: undefined,
    lastError: undefined,
  })
}
