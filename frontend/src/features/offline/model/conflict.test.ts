import { describe, expect, it } from 'vitest'
import { issueFacts, mineFacts } from './conflict'

const detail = (status: string, handler: string | null, events: { type: string; at: string; actor?: string }[]) => ({
  issue: { id: 42, status, handler: handler ? { id: 1, displayName: handler } : null, handlerTeam: null },
  events: events.map((e, i) => ({ id: i, ...e, actor: e.actor ? { id: 2, displayName: e.actor } : null })),
})

describe('conflict facts', () => {
  it('a version: its status, handler and latest step', () => {
    const version = detail('IN_PROGRESS', '李红', [
      { type: 'STARTED', at: '2026-12-05T09:30:00Z', actor: '李红' },
      { type: 'RECEIVED', at: '2026-12-01T08:00:00Z' },
    ])
    expect(issueFacts(version)).toEqual({
      status: 'IN_PROGRESS',
      handler: '李红',
      lastEvent: { type: 'STARTED', at: '2026-12-05T09:30:00Z', actor: '李红' },
    })
    expect(issueFacts(detail('RECEIVED', null, []))).toEqual({
      status: 'RECEIVED',
      handler: undefined,
      lastEvent: undefined,
    })
  })

  it('an unknown version has no facts', () => {
    expect(issueFacts(undefined)).toBeUndefined()
    expect(issueFacts({ id: 1 })).toBeUndefined()
  })

  it('mine: the note written (comment or reason) and the version seen', () => {
    expect(mineFacts({ body: { comment: '已联系物业' }, recordedAt: 'x' })).toEqual({
      seen: undefined,
      note: '已联系物业',
    })
    expect(mineFacts({ body: { days: 3, reason: '等配件' }, recordedAt: 'x' }).note).toBe('等配件')
    expect(mineFacts({ body: { comment: '  ' }, recordedAt: 'x' }).note).toBeUndefined()
    expect(mineFacts({ body: {}, seen: detail('ASSIGNED', '王五', []), recordedAt: 'x' }).seen?.status).toBe('ASSIGNED')
  })
})
