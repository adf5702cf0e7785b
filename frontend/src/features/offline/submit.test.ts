import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { OfflineDb, offlineDb, useOfflineDb } from './db'
import type { OutboxItem } from './model/outbox'
import { submitThroughOutbox } from './submit'

const sendNow = vi.hoisted(() => vi.fn())
vi.mock('./sync', () => ({ sendNow }))

beforeEach(() => {
  useOfflineDb(new OfflineDb('t-' + Math.random()))
  sendNow.mockReset()
})

const input = {
  owner: 'wangwu',
  kind: 'visit.create' as const,
  path: '/api/visits',
  body: { householdId: 7, clientRef: 'r1' },
  label: '走访 3号楼101',
  photos: [{ blob: new Blob(['x']), fileName: 'a.jpg' }],
  photoField: 'photoUploadIds',
}
const answered = (state: OutboxItem['state'], more: Partial<OutboxItem> = {}) =>
  sendNow.mockImplementation(async (item: OutboxItem) => ({ ...item, state, ...more }))

describe('a form write through the outbox', () => {
  it('queues the item (and its photos) before trying it, and returns the answer when sent', async () => {
    sendNow.mockImplementation(async (item: OutboxItem) => {
      // queued first: a lost answer leaves the item (and its Idempotency-Key) on the phone
      expect(await offlineDb().outbox.get(item.id)).toMatchObject({ state: 'waiting', path: '/api/visits' })
      expect(await offlineDb().photos.where('itemId').equals(item.id).count()).toBe(1)
      return { ...item, state: 'sent', result: { status: 201, body: { id: 55 } } }
    })
    const outcome = await submitThroughOutbox(input)
    expect(outcome).toMatchObject({ kind: 'sent', body: { id: 55 } })
  })

  it('keeps it on the phone when there is no network, or when sending throws', async () => {
    answered('waiting')
    expect((await submitThroughOutbox(input)).kind).toBe('saved')
    sendNow.mockRejectedValueOnce(new Error('boom'))
    vi.spyOn(console, 'error').mockImplementation(() => {})
    expect((await submitThroughOutbox(input)).kind).toBe('saved')
    expect(await offlineDb().outbox.count()).toBe(2)
  })

  it('withdraws a refused item and its photos, and returns the refusal for the form', async () => {
    answered('failed', {
      lastError: { status: 400, title: 'Bad Request' },
      result: {
        status: 400,
        body: { title: 'Bad Request', violations: [{ field: 'create.body.notes', message: '太长' }] },
      },
    })
    const outcome = await submitThroughOutbox(input)
    expect(outcome.kind).toBe('refused')
    if (outcome.kind !== 'refused') return
    expect(outcome.error.status).toBe(400)
    expect(outcome.error.violations).toEqual([{ field: 'create.body.notes', message: '太长' }])
    expect(await offlineDb().outbox.count()).toBe(0)
    expect(await offlineDb().photos.count()).toBe(0)
  })

  it('makes the refusal from the last error when no problem document was kept', async () => {
    answered('failed', { lastError: { status: 403, title: 'Forbidden', detail: '无权操作' } })
    const outcome = await submitThroughOutbox(input)
    expect(outcome.kind === 'refused' && outcome.error.message).toBe('无权操作')
  })

  it('leaves a conflict in the outbox for the worker to decide', async () => {
    answered('conflict')
    expect((await submitThroughOutbox(input)).kind).toBe('conflict')
    expect(await offlineDb().outbox.count()).toBe(1)
  })
})
