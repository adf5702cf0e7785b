import { describe, expect, it } from 'vitest'
import type { NotificationItem } from '@/shared/api/types'
import { afterRead, badgeText, filterFromQuery, noticeRoute, queryOf } from './notices'

function notice(id: number, read = false): NotificationItem {
  return {
    id,
    kind: 'ISSUE_AWAITING_ACCEPTANCE',
    title: '新诉求待受理',
    text: '诉求 Q20261204-000001（供水）已登记，等待受理。',
    issueId: 100 + id,
    issueNumber: 'Q20261204-000001',
    activityId: null,
    approved: null,
    createdAt: '2026-12-04T01:00:00Z',
    read,
  }
}

describe('notification model', () => {
  it('reads the filter and page from the address, defaulting what it cannot use', () => {
    expect(filterFromQuery({})).toEqual({ filter: 'unread', page: 1 })
    expect(filterFromQuery({ filter: 'all', page: '3' })).toEqual({ filter: 'all', page: 3 })
    expect(filterFromQuery({ filter: 'bogus', page: '0' })).toEqual({ filter: 'unread', page: 1 })
    expect(filterFromQuery({ page: '2.5' })).toEqual({ filter: 'unread', page: 1 })
    expect(filterFromQuery({ page: ['2'] })).toEqual({ filter: 'unread', page: 1 })
  })

  it('writes only what differs from the default into the address', () => {
    expect(queryOf('unread', 1)).toEqual({})
    expect(queryOf('all', 1)).toEqual({ filter: 'all' })
    expect(queryOf('unread', 4)).toEqual({ page: '4' })
    expect(filterFromQuery(queryOf('all', 7))).toEqual({ filter: 'all', page: 7 })
  })

  it('shows no badge at zero and caps it at 99+', () => {
    expect(badgeText(0)).toBe('')
    expect(badgeText(-1)).toBe('')
    expect(badgeText(1)).toBe('1')
    expect(badgeText(99)).toBe('99')
    expect(badgeText(100)).toBe('99+')
  })

  it('leads to the issue or the activity, on the office or the phone', () => {
    expect(noticeRoute({ issueId: 42, activityId: null }, false)).toEqual({ name: 'issue', params: { id: '42' } })
    expect(noticeRoute({ issueId: 42, activityId: null }, true)).toEqual({ name: 'mobile-issue', params: { id: '42' } })
    expect(noticeRoute({ issueId: null, activityId: 7 }, false)).toEqual({ name: 'activity', params: { id: '7' } })
    expect(noticeRoute({ issueId: null, activityId: 7 }, true)).toEqual({
      name: 'mobile-led-activity',
      params: { id: '7' },
    })
  })

  it('drops a read notice from the unread list and marks it in the full one', () => {
    const items = [notice(1), notice(2)]
    expect(afterRead(items, 1, 'unread').map((n) => n.id)).toEqual([2])
    expect(afterRead(items, 1, 'all').map((n) => n.read)).toEqual([true, false])
    expect(items[0]!.read).toBe(false)
  })
})
