import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import MobileIssues from '@/features/issues/mobile/MobileIssues.vue'
import { cleanup, el, mobileSetup, settle } from '@/shared/testing/mobile'

const api = vi.hoisted(() => ({ GET: vi.fn(), POST: vi.fn(), PUT: vi.fn() }))
vi.mock('@/shared/api/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/shared/api/client')>()),
  api,
}))
const offline = vi.hoisted(() => ({
  store: { capable: true, online: false, items: [] as unknown[] },
  offlineIssues: vi.fn(),
}))
// the request gets no answer: the page reads the device's copy
vi.mock('@/features/offline', () => ({
  useOfflineStore: () => offline.store,
  offlineIssues: offline.offlineIssues,
  readWithFallback: async (
    owner: string,
    part: string,
    _server: () => Promise<unknown>,
    device: (owner: string) => Promise<unknown>,
  ) => ({ data: await device(owner), offlineAt: part === 'issues' ? '2026-12-05T01:00:00Z' : undefined }),
}))

const HOUR = 3_600_000
function summary(id: number, overrides: Record<string, unknown> = {}) {
  return {
    id,
    number: `Q20261121-${String(id).padStart(6, '0')}`,
    categoryId: 1,
    categoryName: '供水',
    summary: `第${id}项诉求`,
    status: 'IN_PROGRESS',
    urgency: 'NORMAL',
    channel: 'VISIT',
    warning: 'NONE',
    communityId: 2,
    communityName: '幸福里社区',
    gridId: 5,
    gridName: '第一网格',
    locationText: '3号楼2单元301',
    reporterName: '张大爷',
    firstResponsible: { id: 7, displayName: '王五' },
    handler: null,
    receivedAt: new Date(Date.now() - 10 * HOUR).toISOString(),
    dueAt: new Date(Date.now() + 60 * HOUR).toISOString(),
    resolvedAt: null,
    closedAt: null,
    escalated: false,
    talkDayId: null,
    version: 0,
    ...overrides,
  }
}

beforeEach(() => {
  api.GET.mockRejectedValue(new TypeError('Failed to fetch'))
  offline.offlineIssues.mockResolvedValue([
    { issue: summary(1, { dueAt: new Date(Date.now() + 50 * HOUR).toISOString() }) },
    { issue: summary(2, { dueAt: new Date(Date.now() + 5 * HOUR).toISOString() }) },
  ])
})

afterEach(async () => {
  await cleanup()
  vi.clearAllMocks()
})

describe('MobileIssues without a network', () => {
  it('lists the issues kept on the device, nearest deadline first, with their age, and no server lists', async () => {
    const { plugins } = await mobileSetup('/m/issues')
    const wrapper = mount(MobileIssues, { global: { plugins }, attachTo: document.body })
    await settle()
    expect(el('[data-testid="offline-note"]').textContent).toContain('离线数据，更新于 12月5日 09:00')
    const text = el('[data-testid="offline-issues"]').textContent!
    expect(text.indexOf('第2项诉求')).toBeGreaterThanOrEqual(0)
    expect(text.indexOf('第2项诉求')).toBeLessThan(text.indexOf('第1项诉求'))
    expect(document.querySelector('.van-tabs')).toBeNull()
    expect(api.GET).not.toHaveBeenCalled()
    wrapper.unmount()
  })
})
