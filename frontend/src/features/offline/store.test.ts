import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { enqueue } from './outbox'
import { DRAIN_EVERY_MS, REFRESH_EVERY_MS, useOfflineStore } from './store'
import { drain, onSynced } from './sync'
import { json, offlineTestbed, problem } from './testing'

const OWNER = 'wang'
let bed: ReturnType<typeof offlineTestbed>
let online: boolean

const posts = () => bed.requests.filter((r) => r.method === 'POST')
const refreshes = () => bed.requests.filter((r) => r.path.startsWith('/api/visit-obligations/mine')).length

function queue(minute = 0) {
  return enqueue(
    { owner: OWNER, kind: 'visit.create', path: '/api/visits', body: { householdId: 1 }, label: '走访' },
    new Date(Date.UTC(2026, 11, 5, 9, minute)),
  )
}

function started() {
  setActivePinia(createPinia())
  const store = useOfflineStore()
  store.capable = true
  store.start(OWNER)
  return store
}

beforeEach(() => {
  bed = offlineTestbed()
  online = true
  vi.spyOn(navigator, 'onLine', 'get').mockImplementation(() => online)
  bed.on((r) => {
    if (r.method === 'POST') return json({ id: 1 }, 201)
    if (r.path.startsWith('/api/visit-obligations/mine')) return json({ items: [], total: 0 })
    if (r.path.startsWith('/api/visit-households')) return json({ items: [], total: 0 })
    if (r.path.startsWith('/api/issues')) return json({ items: [], total: 0 })
    if (r.path === '/api/issue-categories' || r.path === '/api/areas/tree') return json([])
    return undefined
  })
})
afterEach(() => {
  useOfflineStore().stop()
  vi.useRealTimers()
  vi.restoreAllMocks()
})

describe('the offline store', () => {
  it('at start, online: sends what waits, then refreshes the worklist, and reports the sync', async () => {
    const reports: unknown[] = []
    const off = onSynced((r) => reports.push(r))
    const item = await queue()
    const store = started()
    await vi.waitFor(() => expect(store.lastRefreshAt).toBeDefined())
    off()
    expect((await bed.db.outbox.get(item.id))?.state).toBe('sent')
    expect(bed.requests[0]!.method).toBe('POST')
    expect(refreshes()).toBe(1)
    // once after the drain, once after the refresh
    expect(reports).toHaveLength(2)
    expect(reports[1]).toMatchObject({ owner: OWNER, unsentCount: 0 })
    expect(store.refreshing).toBe(false)
  })

  it('offline at start: nothing is sent until the network returns', async () => {
    online = false
    const item = await queue()
    const store = started()
    await vi.waitFor(() => expect(store.items).toHaveLength(1))
    expect(bed.requests).toHaveLength(0)

    online = true
    window.dispatchEvent(new Event('online'))
    await vi.waitFor(async () => expect((await bed.db.outbox.get(item.id))?.state).toBe('sent'))
    await vi.waitFor(() => expect(refreshes()).toBe(1))
    expect(store.online).toBe(true)
  })

  it('retries every minute while items wait, and refreshes every 5 minutes', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })
    let refuse = true
    bed.on((r) => (r.method === 'POST' && refuse ? problem(503) : undefined))
    const item = await queue()
    const store = started()
    await vi.waitFor(() => expect(store.lastRefreshAt).toBeDefined())
    expect((await bed.db.outbox.get(item.id))?.state).toBe('waiting')
    await vi.waitFor(() => expect(store.items[0]?.attempts).toBe(1))

    refuse = false
    // the backoff after one attempt is 30 s: the minute's drain finds it due
    vi.spyOn(Date, 'now').mockReturnValue(Date.now() + DRAIN_EVERY_MS)
    vi.advanceTimersByTime(DRAIN_EVERY_MS)
    await vi.waitFor(async () => expect((await bed.db.outbox.get(item.id))?.state).toBe('sent'))

    vi.advanceTimersByTime(REFRESH_EVERY_MS)
    await vi.waitFor(() => expect(refreshes()).toBe(2))
  })

  it('retry sends a failed item again at once; discard removes it', async () => {
    let refuse = true
    bed.on((r) => (r.method === 'POST' && refuse ? problem(422) : undefined))
    const a = await queue(1)
    const b = await queue(2)
    const store = started()
    await vi.waitFor(async () => expect((await bed.db.outbox.get(b.id))?.state).toBe('failed'))

    refuse = false
    await store.retry(a.id)
    expect(posts()).toHaveLength(3)
    await store.discard(b.id)
    await vi.waitFor(() => expect(store.items.map((i) => i.state)).toEqual(['sent']))
    expect(store.unsent).toBe(0)
  })

  it('after stop (sign-out), nothing of the worker is sent', async () => {
    const store = started()
    store.stop()
    await queue()
    expect(await drain(OWNER)).toMatchObject({ stoppedBy: 'not-signed-in' })
    expect(posts()).toHaveLength(0)
  })
})
