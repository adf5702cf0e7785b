import { afterEach, describe, expect, it, vi } from 'vitest'
import type { FakeApi } from '@/shared/testing/fakeApi'
import { detail } from '@/shared/testing/office'

const fake = vi.hoisted(() => ({ api: null as unknown as FakeApi }))
vi.mock('@/shared/api/client', async (original) =>
  (await import('@/shared/testing/fakeApi')).clientOnFakeApi(original, fake),
)

import { createIssue, getIssue, performAction } from './api'

afterEach(() => fake.api.reset())

describe('the one action runner (office dialog and phone sheet)', () => {
  it('acts against the version read, and the next action against the version the first answered with', async () => {
    fake.api
      .on('GET', '/api/issues/5', { body: detail({}, { version: 4 }), headers: { ETag: '"4"' } })
      .on('POST', '/api/issues/5/start', {
        body: detail({}, { status: 'IN_PROGRESS', version: 5 }),
        headers: { ETag: '"5"' },
      })
      .on('POST', '/api/issues/5/resolve', {
        body: detail({}, { status: 'RESOLVED', version: 6 }),
        headers: { ETag: '"6"' },
      })
    await getIssue(5)
    await performAction(5, 'START', { comment: '  ' })
    await performAction(5, 'RESOLVE', { comment: ' 已修复 ' })
    const [start, resolve] = [
      fake.api.made('POST', '/api/issues/5/start')[0]!,
      fake.api.made('POST', '/api/issues/5/resolve')[0]!,
    ]
    expect(start.headers.get('If-Match')).toBe('"4"')
    expect(start.body).toEqual({})
    expect(resolve.headers.get('If-Match')).toBe('"5"')
    expect(resolve.body).toEqual({ comment: '已修复' })
  })

  it('adds a resolution photo first and resolves against the version the photo made', async () => {
    fake.api
      .on('GET', '/api/issues/5', { body: detail({}, { version: 4 }), headers: { ETag: '"4"' } })
      .on('POST', '/api/issues/5/photos', { body: detail({}, { version: 5 }), headers: { ETag: '"5"' } })
      .on('POST', '/api/issues/5/resolve', {
        body: detail({}, { status: 'RESOLVED', version: 6 }),
        headers: { ETag: '"6"' },
      })
    await getIssue(5)
    const photo = new File([new Uint8Array([1])], 'done.jpg', { type: 'image/jpeg' })
    const resolved = await performAction(5, 'RESOLVE', { comment: '已修复', photo })
    expect(fake.api.calls.map((c) => `${c.method} ${c.path}`)).toEqual([
      'GET /api/issues/5',
      'POST /api/issues/5/photos',
      'POST /api/issues/5/resolve',
    ])
    expect(fake.api.made('POST', '/api/issues/5/resolve')[0]!.headers.get('If-Match')).toBe('"5"')
    expect(resolved.issue.status).toBe('RESOLVED')
  })

  it('sends a comment without If-Match, and remembers a new issue’s version from its body when no ETag came', async () => {
    fake.api
      .on('POST', '/api/issues', { status: 201, body: detail({}, { id: 9, version: 0 }) })
      .on('POST', '/api/issues/9/comments', { body: detail({}, { id: 9, version: 0 }) })
      .on('POST', '/api/issues/9/accept', { body: detail({}, { id: 9, version: 1 }) })
    await createIssue({
      categoryId: 3,
      description: 'x',
      urgency: 'NORMAL',
      channel: 'OFFICE',
      location: { areaId: 2 },
      reporter: { name: '张' },
    } as never)
    await performAction(9, 'COMMENT', { comment: '已电话联系' })
    await performAction(9, 'ACCEPT', {})
    expect(fake.api.made('POST', '/api/issues/9/comments')[0]!.headers.has('If-Match')).toBe(false)
    expect(fake.api.made('POST', '/api/issues/9/accept')[0]!.headers.get('If-Match')).toBe('"0"')
  })

  it('assigns to a staff member, or instead to a volunteer team, sending only the one chosen', async () => {
    fake.api.on('POST', '/api/issues/5/assign', { body: detail({}, { status: 'ASSIGNED', version: 5 }) })
    await performAction(5, 'ASSIGN', { handlerKind: 'staff', handlerId: 11, handlerTeamId: 3, comment: ' 请处理 ' })
    await performAction(5, 'ASSIGN', { handlerKind: 'team', handlerId: 11, handlerTeamId: 3, comment: '' })
    const [toStaff, toTeam] = fake.api.made('POST', '/api/issues/5/assign')
    expect(toStaff!.body).toEqual({ handlerId: 11, comment: '请处理' })
    expect(toTeam!.body).toEqual({ handlerTeamId: 3 })
  })
})
