import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError } from '@/shared/api/problem'
import { OfflineDb, offlineDb, useOfflineDb } from './db'
import { readWithFallback, worklistFetchedAt } from './freshness'

beforeEach(() => useOfflineDb(new OfflineDb('t-' + Math.random())))

async function keep(owner: string, id: number, fetchedAt: string): Promise<void> {
  await offlineDb().obligations.put({ owner, id, data: { id }, fetchedAt })
}

describe('how old the kept worklist is', () => {
  it('is the oldest row of the owner, per part or over all parts', async () => {
    await keep('wangwu', 1, '2026-12-05T02:00:00Z')
    await keep('wangwu', 2, '2026-12-05T01:00:00Z')
    await keep('lisi', 3, '2026-12-01T00:00:00Z')
    await offlineDb().issues.put({ owner: 'wangwu', id: 9, data: {}, fetchedAt: '2026-12-04T00:00:00Z' })
    expect(await worklistFetchedAt('wangwu', 'obligations')).toBe('2026-12-05T01:00:00Z')
    expect(await worklistFetchedAt('wangwu')).toBe('2026-12-04T00:00:00Z')
    expect(await worklistFetchedAt('wangwu', 'households')).toBeUndefined()
    expect(await worklistFetchedAt('nobody')).toBeUndefined()
  })
})

describe('reading with the device copy as fallback', () => {
  const device = async () => ['kept']

  it('takes the server when it answers', async () => {
    await keep('wangwu', 1, '2026-12-05T01:00:00Z')
    expect(await readWithFallback('wangwu', 'obligations', async () => ['fresh'], device)).toEqual({ data: ['fresh'] })
  })

  it('takes the device copy, with its age, when the request gets no answer', async () => {
    await keep('wangwu', 1, '2026-12-05T01:00:00Z')
    const noNetwork = async () => Promise.reject(new TypeError('Failed to fetch'))
    expect(await readWithFallback('wangwu', 'obligations', noNetwork, device)).toEqual({
      data: ['kept'],
      offlineAt: '2026-12-05T01:00:00Z',
    })
  })

  it('does not ask the server when known offline and a copy is kept', async () => {
    await keep('wangwu', 1, '2026-12-05T01:00:00Z')
    const server = vi.fn(async () => ['fresh'])
    expect((await readWithFallback('wangwu', 'obligations', server, device, true)).data).toEqual(['kept'])
    expect(server).not.toHaveBeenCalled()
  })

  it("never hides the server's refusal behind the copy", async () => {
    await keep('wangwu', 1, '2026-12-05T01:00:00Z')
    const refused = async () => Promise.reject(new ApiError(404, { status: 404, title: 'Not Found' }))
    await expect(readWithFallback('wangwu', 'obligations', refused, device)).rejects.toBeInstanceOf(ApiError)
  })

  it('fails as the request did when nothing is kept', async () => {
    const noNetwork = async () => Promise.reject(new TypeError('Failed to fetch'))
    await expect(readWithFallback('wangwu', 'obligations', noNetwork, device)).rejects.toBeInstanceOf(TypeError)
    await expect(readWithFallback(undefined, 'obligations', noNetwork, device)).rejects.toBeInstanceOf(TypeError)
  })
})
