// @vitest-environment node
// (Node's Blob, FormData and structuredClone agree with each other, as a browser's do; jsdom's Blob does not survive
// fake-indexeddb's clone)
import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { enqueue, type OutboxInput } from './outbox'
import {
  SENT_KEPT,
  discardItem,
  drain,
  onSynced,
  reportSynced,
  resolveConflict,
  retryItem,
  sendNow,
  setSignedIn,
} from './sync'
import { deviceId } from './deviceId'
import { MAX_ATTEMPTS } from './model/send'
import { json, offlineTestbed, problem } from './testing'

const WANG = 'wang'

let bed: ReturnType<typeof offlineTestbed>

beforeEach(() => {
  bed = offlineTestbed()
  setSignedIn(WANG)
})

const at = (minute: number) => new Date(Date.UTC(2026, 11, 5, 9, minute))

function item(overrides: Partial<OutboxInput> = {}, minute = 0) {
  return enqueue(
    {
      owner: WANG,
      kind: 'visit.create',
      path: '/api/visits',
      body: { householdId: 1, outcome: 'MET' },
      label: '走访 3-2-501',
      ...overrides,
    },
    at(minute),
  )
}

const photo = (name: string) => ({ blob: new Blob([name], { type: 'image/jpeg' }), fileName: `${name}.jpg` })
const posts = () => bed.requests.filter((r) => r.method === 'POST')
let nextUpload = 100

function acceptUploads() {
  bed.on((r) =>
    r.path === '/api/photo-uploads'
      ? json({ id: nextUpload++, contentType: 'image/jpeg', sizeBytes: 1 }, 201)
      : undefined,
  )
}
function acceptAll() {
  bed.on((r) =>
    r.method === 'POST' && r.path !== '/api/photo-uploads' ? json({ id: 9, path: r.path }, 201) : undefined,
  )
}

describe('drain', () => {
  it('sends the owner’s waiting items oldest first, one at a time, with their key and device time', async () => {
    acceptAll()
    const second = await item({ path: '/api/issues', kind: 'issue.create' }, 5)
    const first = await item({}, 1)
    const third = await item({ path: '/api/issues/42/accept', kind: 'issue.action', ifMatch: '"3"' }, 9)

    const summary = await drain(WANG)

    expect(summary).toEqual({ sent: 3, failed: 0, conflict: 0 })
    expect(posts().map((r) => r.path)).toEqual(['/api/visits', '/api/issues', '/api/issues/42/accept'])
    expect(bed.maxInFlight).toBe(1)
    expect(posts().map((r) => r.headers.get('Idempotency-Key'))).toEqual([first.id, second.id, third.id])
    expect(posts()[0]!.headers.get('Device-Recorded-At')).toBe('2026-12-05T09:01:00.000Z')
    expect(posts()[0]!.headers.has('If-Match')).toBe(false)
    expect(posts()[2]!.headers.get('If-Match')).toBe('"3"')
    expect(posts()[0]!.body).toEqual({ householdId: 1, outcome: 'MET' })
    const sent = await bed.db.outbox.get(first.id)
    expect(sent).toMatchObject({ state: 'sent', attempts: 1, result: { status: 201, body: { id: 9 } } })
    expect(sent?.sentAt).toBeDefined()
  })

  it('sends only the signed-in owner’s items', async () => {
    acceptAll()
    const mine = await item()
    const theirs = await enqueue({ owner: 'li', kind: 'visit.create', path: '/api/visits', body: {}, label: 'x' })

    await drain(WANG)
    expect(await drain('li')).toMatchObject({ stoppedBy: 'not-signed-in' })
    expect(await sendNow(theirs)).toMatchObject({ state: 'waiting' })

    expect(posts().map((r) => r.headers.get('Idempotency-Key'))).toEqual([mine.id])
    expect((await bed.db.outbox.get(theirs.id))?.state).toBe('waiting')
  })

  it('uploads the photos first, each under its own key, and sends their ids in position order', async () => {
    acceptUploads()
    acceptAll()
    const queued = await item({ photos: [photo('a'), photo('b')] })
    const photos = await bed.db.photos.where('itemId').equals(queued.id).sortBy('position')

    const sent = await sendNow(queued)

    expect(posts().map((r) => r.path)).toEqual(['/api/photo-uploads', '/api/photo-uploads', '/api/visits'])
    expect(posts()[0]!.body).toEqual([['file', 'a.jpg']])
    expect(posts()[1]!.body).toEqual([['file', 'b.jpg']])
    expect(posts().map((r) => r.headers.get('Idempotency-Key'))).toEqual([photos[0]!.id, photos[1]!.id, queued.id])
    expect(posts()[2]!.body).toEqual({
      householdId: 1,
      outcome: 'MET',
      photoUploadIds: [nextUpload - 2, nextUpload - 1],
    })
    // sent: the result is kept, the photos leave the device
    expect(sent.state).toBe('sent')
    expect(await bed.db.photos.where('itemId').equals(queued.id).count()).toBe(0)
  })

  it('never uploads a photo twice: a later attempt sends only what is missing', async () => {
    acceptUploads()
    acceptAll()
    let uploads = 0
    bed.on((r) => (r.path === '/api/photo-uploads' && ++uploads === 2 ? 'network' : undefined))
    const queued = await item({ photos: [photo('a'), photo('b')] })

    const first = await sendNow(queued)
    expect(first).toMatchObject({ state: 'waiting', attempts: 0, lastError: { status: 0 } })
    const kept = await bed.db.photos.where('itemId').equals(queued.id).sortBy('position')
    expect(kept[0]!.uploadId).toEqual(expect.any(Number))
    expect(kept[1]!.uploadId).toBeUndefined()
    expect(kept[1]!.lastError).toMatchObject({ status: 0 })

    const second = await sendNow(queued)
    expect(second.state).toBe('sent')
    const uploadKeys = posts()
      .filter((r) => r.path === '/api/photo-uploads')
      .map((r) => r.headers.get('Idempotency-Key'))
    // a, b (no answer), b again: photo a went once
    expect(uploadKeys).toEqual([kept[0]!.id, kept[1]!.id, kept[1]!.id])
    expect((posts().at(-1)!.body as { photoUploadIds: number[] }).photoUploadIds).toEqual([
      kept[0]!.uploadId,
      nextUpload - 1,
    ])
  })

  it('a refused photo fails the item with the photo’s problem, and the item is not sent', async () => {
    bed.on((r) => (r.path === '/api/photo-uploads' ? problem(413, { detail: 'too big' }) : undefined))
    acceptAll()
    const queued = await item({ photos: [photo('a')] })
    const result = await sendNow(queued)
    expect(result).toMatchObject({ state: 'failed', lastError: { status: 413, detail: 'too big' } })
    expect(posts().map((r) => r.path)).toEqual(['/api/photo-uploads'])
  })

  it.each<[string, number | 'network', string, number]>([
    ['a 2xx', 201, 'sent', 1],
    ['no answer', 'network', 'waiting', 0],
    ['a 500', 500, 'waiting', 1],
    ['a 503', 503, 'waiting', 1],
    ['a 429', 429, 'waiting', 1],
    ['a 409 while the key is in flight', 409, 'waiting', 1],
    ['a 401 (sign-in expired)', 401, 'waiting', 0],
    ['a 422', 422, 'failed', 1],
    ['a 400', 400, 'failed', 1],
    ['a 403', 403, 'failed', 1],
    ['a 412 on a create (nothing to compare)', 412, 'failed', 1],
  ])('%s (%s) leaves the item %s', async (_, status, state, attempts) => {
    bed.on((r) => {
      if (r.path !== '/api/visits') return undefined
      if (status === 'network') return 'network'
      if (status < 300) return json({ id: 1 }, status)
      return problem(status, status === 409 ? { type: 'urn:x:idempotency-key-in-flight' } : {})
    })
    const result = await sendNow(await item())
    expect(result).toMatchObject({ state, attempts })
    expect(await bed.db.outbox.get(result.id)).toMatchObject({ state, attempts })
    if (state !== 'sent') expect(result.lastError?.status).toBe(status === 'network' ? 0 : status)
  })

  it('keeps each field violation of a refusal in the last error', async () => {
    bed.on(() =>
      problem(422, {
        title: '输入有误',
        detail: '请检查',
        violations: [
          { field: 'outcome', message: '不能为空' },
          { field: 'photoUploadIds[0]', message: '已过期' },
        ],
      }),
    )
    const result = await sendNow(await item())
    expect(result.lastError).toMatchObject({
      status: 422,
      title: '输入有误',
      detail: '请检查\noutcome: 不能为空\nphotoUploadIds[0]: 已过期',
    })
    // and the problem document itself, for a form that takes the item back and marks the fields
    expect(result.result).toMatchObject({
      status: 422,
      body: { violations: [{ field: 'outcome' }, { field: 'photoUploadIds[0]' }] },
    })
  })

  it('gives up after MAX_ATTEMPTS passing errors', async () => {
    bed.on(() => problem(503))
    const queued = await item()
    for (let i = 0; i < MAX_ATTEMPTS; i++) await drain(WANG, { force: true })
    expect(await bed.db.outbox.get(queued.id)).toMatchObject({ state: 'failed', attempts: MAX_ATTEMPTS })
  })

  it('stops at the first item that stays waiting, so that later ones never overtake it', async () => {
    let calls = 0
    bed.on((r) => (r.method === 'POST' && ++calls === 1 ? problem(503) : json({ id: 1 }, 201)))
    const first = await item({}, 1)
    const second = await item({}, 2)

    expect(await drain(WANG)).toMatchObject({ sent: 0, stoppedBy: 'waiting' })
    expect((await bed.db.outbox.get(second.id))?.state).toBe('waiting')
    // not due yet (30 s backoff): an automatic drain waits, a drain by hand goes
    expect(await drain(WANG)).toMatchObject({ stoppedBy: 'backoff' })
    expect(posts()).toHaveLength(1)
    expect(await drain(WANG, { now: () => Date.now() + 31_000 })).toMatchObject({ sent: 2 })
    expect((await bed.db.outbox.get(first.id))?.state).toBe('sent')
  })

  it('sends nothing while the browser is offline', async () => {
    acceptAll()
    vi.stubGlobal('navigator', { onLine: false })
    try {
      const queued = await item()
      expect(await drain(WANG)).toMatchObject({ stoppedBy: 'offline' })
      expect(await sendNow(queued)).toMatchObject({ state: 'waiting', attempts: 0 })
      expect(bed.requests).toHaveLength(0)
    } finally {
      vi.unstubAllGlobals()
    }
  })

  it('replays an item left sending (the tab closed mid-send) under the same key', async () => {
    acceptAll()
    const queued = await item()
    await bed.db.outbox.update(queued.id, { state: 'sending' })
    await drain(WANG)
    expect((await bed.db.outbox.get(queued.id))?.state).toBe('sent')
    expect(posts()[0]!.headers.get('Idempotency-Key')).toBe(queued.id)
  })

  it('sending one item now lets the older waiting ones go first, and waits behind one that stays waiting', async () => {
    let refuse = true
    acceptAll()
    bed.on((r) => (r.path === '/api/issues' && refuse ? problem(503) : undefined))
    const older = await item({ path: '/api/issues', kind: 'issue.create' }, 1)
    const newer = await item({}, 2)

    expect(await sendNow(newer)).toMatchObject({ state: 'waiting', attempts: 0 })
    expect(posts().map((r) => r.path)).toEqual(['/api/issues'])

    refuse = false
    expect(await sendNow(newer)).toMatchObject({ state: 'sent' })
    expect(posts().map((r) => r.path)).toEqual(['/api/issues', '/api/issues', '/api/visits'])
    expect((await bed.db.outbox.get(older.id))?.state).toBe('sent')
  })

  it('keeps the latest sent items only', async () => {
    acceptAll()
    for (let i = 0; i < SENT_KEPT + 3; i++) await item({}, i)
    await drain(WANG)
    expect(await bed.db.outbox.count()).toBe(SENT_KEPT)
  })

  it('a drain and a send at the same time still send each item once', async () => {
    acceptAll()
    const queued = await item()
    await Promise.all([drain(WANG), sendNow(queued), drain(WANG)])
    expect(posts()).toHaveLength(1)
  })
})

describe('conflicts', () => {
  const current = { issue: { id: 42, status: 'IN_PROGRESS' }, events: [] }
  const seen = { issue: { id: 42, status: 'ASSIGNED' }, events: [] }

  async function conflicted(readable = true) {
    bed.on((r) => (r.method === 'POST' && r.headers.get('If-Match') === '"3"' ? problem(412) : undefined))
    bed.on((r) =>
      r.method === 'GET' && r.path === '/api/issues/42'
        ? readable
          ? json(current, 200, { ETag: '"5"' })
          : 'network'
        : undefined,
    )
    await bed.db.issues.put({ owner: WANG, id: 42, data: seen, etag: '"3"', fetchedAt: 'x' })
    return sendNow(
      await item({ kind: 'issue.action', path: '/api/issues/42/accept', body: { comment: '我来' }, ifMatch: '"3"' }),
    )
  }

  it('a 412 keeps what the worker wanted, the version they saw and the server’s current one', async () => {
    const result = await conflicted()
    expect(result.state).toBe('conflict')
    expect(result.conflict).toEqual({
      mine: { body: { comment: '我来' }, ifMatch: '"3"', recordedAt: result.createdAt, seen },
      theirs: current,
      theirsEtag: '"5"',
    })
  })

  it('apply-to-current queues the same intent against the current version under a new key', async () => {
    acceptAll()
    const old = await conflicted()
    const next = await resolveConflict(old.id, 'apply-to-current')
    expect(next).toMatchObject({ state: 'waiting', ifMatch: '"5"', body: { comment: '我来' }, attempts: 0 })
    expect(next?.id).not.toBe(old.id)
    expect(next?.conflict).toBeUndefined()
    expect(await bed.db.outbox.get(old.id)).toBeUndefined()

    await drain(WANG)
    const last = posts().at(-1)!
    expect(last.headers.get('Idempotency-Key')).toBe(next!.id)
    expect(last.headers.get('If-Match')).toBe('"5"')
    expect((await bed.db.outbox.get(next!.id))?.state).toBe('sent')
  })

  it('discard drops the item', async () => {
    const old = await conflicted()
    expect(await resolveConflict(old.id, 'discard')).toBeUndefined()
    expect(await bed.db.outbox.count()).toBe(0)
  })

  it('waits when the current version cannot be read (the stored 412 is replayed next time)', async () => {
    const result = await conflicted(false)
    expect(result).toMatchObject({ state: 'waiting', attempts: 0 })
    expect(result.conflict).toBeUndefined()
  })
})

describe('retry and discard', () => {
  it('a refused item gets a new key on retry (the refusal is stored under the old one), with its photos', async () => {
    acceptUploads()
    let refuse = true
    bed.on((r) => (r.path === '/api/visits' ? (refuse ? problem(422) : json({ id: 1 }, 201)) : undefined))
    const queued = await item({ photos: [photo('a')] })
    expect((await sendNow(queued)).state).toBe('failed')

    const again = await retryItem(queued.id)
    expect(again).toMatchObject({ state: 'waiting', attempts: 0 })
    expect(again?.id).not.toBe(queued.id)
    refuse = false
    await drain(WANG)
    // the photo uploads again under a new key (an upload is used once and expires in 24 h)
    const uploadKeys = posts()
      .filter((r) => r.path === '/api/photo-uploads')
      .map((r) => r.headers.get('Idempotency-Key'))
    expect(uploadKeys).toHaveLength(2)
    expect(uploadKeys[1]).not.toBe(uploadKeys[0])
    expect((posts().at(-1)!.body as { photoUploadIds: number[] }).photoUploadIds).toEqual([nextUpload - 1])
    expect(posts().at(-1)!.headers.get('Idempotency-Key')).toBe(again!.id)
    expect((await bed.db.outbox.get(again!.id))?.state).toBe('sent')
  })

  it('an item that ran out of attempts keeps its key (the first attempt may still land)', async () => {
    bed.on(() => problem(503))
    const queued = await item()
    for (let i = 0; i < MAX_ATTEMPTS; i++) await drain(WANG, { force: true })
    const again = await retryItem(queued.id)
    expect(again).toMatchObject({ id: queued.id, state: 'waiting', attempts: 0 })
  })

  it('discard removes the item and its photos', async () => {
    const queued = await item({ photos: [photo('a'), photo('b')] })
    await discardItem(queued.id)
    expect(await bed.db.outbox.count()).toBe(0)
    expect(await bed.db.photos.count()).toBe(0)
  })
})

describe('the device', () => {
  it('keeps one id, and reports a sync with the unsent count', async () => {
    const id = await deviceId()
    expect(id).toMatch(/^[0-9a-f-]{36}$/)
    expect(await deviceId()).toBe(id)
    await item()
    const reports: unknown[] = []
    const off = onSynced((r) => reports.push(r))
    await reportSynced(WANG)
    off()
    await reportSynced(WANG)
    expect(reports).toEqual([{ owner: WANG, deviceId: id, unsentCount: 1 }])
  })
})
