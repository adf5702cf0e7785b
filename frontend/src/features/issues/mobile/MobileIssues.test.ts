import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import MobileIssues from '@/features/issues/mobile/MobileIssues.vue'
import { cleanup, click, el, mobileSetup, ok, settle } from '@/shared/testing/mobile'
import { shanghaiToday } from '@/shared/time/dates'

const api = vi.hoisted(() => ({ GET: vi.fn(), POST: vi.fn(), PUT: vi.fn() }))
vi.mock('@/shared/api/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/shared/api/client')>()),
  api,
}))

const offline = vi.hoisted(() => ({
  store: { capable: true, online: true, items: [] as unknown[] },
  offlineIssues: vi.fn(),
}))
// offline (store.online false), the page reads the device's copy; else the server
vi.mock('@/features/offline', () => ({
  useOfflineStore: () => offline.store,
  offlineIssues: offline.offlineIssues,
  readWithFallback: async (
    owner: string,
    _part: string,
    server: () => Promise<unknown>,
    device: (owner: string) => Promise<unknown>,
  ) =>
    offline.store.online ? { data: await server() } : { data: await device(owner), offlineAt: '2026-12-05T01:00:00Z' },
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

const overdue = summary(1, { warning: 'RED', dueAt: new Date(Date.now() - 2 * HOUR).toISOString() })
// due at the end of today in Beijing (its last day is today), whatever the hour the test runs at
const endOfToday = Date.parse(`${shanghaiToday()}T00:00:00+08:00`) + 24 * HOUR
const dueSoon = summary(2, { warning: 'YELLOW', dueAt: new Date(endOfToday).toISOString() })

// van-list loads only when it can see itself: jsdom lays nothing out, so let elements have their parent as offsetParent
const offsetParent = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetParent')!
beforeEach(() => {
  Object.defineProperty(HTMLElement.prototype, 'offsetParent', {
    configurable: true,
    get(this: HTMLElement) {
      return this.parentElement
    },
  })
  api.GET.mockImplementation(async (path: string, init?: { params: { query: Record<string, unknown> } }) => {
    if (path === '/api/issues/attention') return ok({ overdue: [overdue], dueSoon: [dueSoon] })
    if (path === '/api/issues') {
      const q = init!.params.query
      const items =
        q.warning === 'RED'
          ? [overdue]
          : q.warning === 'YELLOW'
            ? [dueSoon]
            : q.involvingMe
              ? [overdue, dueSoon, summary(3)]
              : []
      return ok({ items, page: q.page, size: q.size, total: items.length })
    }
    throw new Error(`unexpected GET ${path}`)
  })
})

afterEach(async () => {
  Object.defineProperty(HTMLElement.prototype, 'offsetParent', offsetParent)
  await cleanup()
  vi.clearAllMocks()
})

async function mountList(path: string) {
  const { router, plugins } = await mobileSetup(path)
  const wrapper = mount(MobileIssues, {
    global: { plugins, stubs: { transition: false, 'transition-group': false } },
    attachTo: document.body,
  })
  await settle(100)
  return { wrapper, router }
}

const visibleText = (selector: string) =>
  [...document.querySelectorAll(selector)]
    .filter((e) => !e.closest('[style*="display: none"]'))
    .map((e) => e.textContent?.trim())

describe('MobileIssues', () => {
  it('lists the caller’s overdue issues first, with their marks and the attention counts as badges', async () => {
    const { wrapper } = await mountList('/m/issues')
    expect(api.GET).toHaveBeenCalledWith('/api/issues', {
      params: { query: { involvingMe: true, warning: 'RED', sort: 'dueAt', page: 0, size: 20 } },
    })
    expect(visibleText('[data-testid="issue-cell"] .summary')).toEqual(['第1项诉求'])
    expect(visibleText('[data-testid="deadline-mark"]')).toEqual(['超期1天'])
    expect(visibleText('.van-tab .van-badge')).toEqual(['1', '1'])
    wrapper.unmount()
  })

  it('switches tabs: due soon, mine (everything involving the caller) and the grid, with an empty state', async () => {
    const { wrapper, router } = await mountList('/m/issues?tab=dueSoon')
    expect(visibleText('[data-testid="deadline-mark"]')).toEqual(['今日到期'])

    await click('.van-tab:nth-child(3)')
    await settle(100)
    expect(router.currentRoute.value.query.tab).toBe('mine')
    expect(api.GET).toHaveBeenCalledWith('/api/issues', { params: { query: { involvingMe: true, page: 0, size: 20 } } })
    expect(visibleText('[data-testid="issue-cell"] .summary')).toEqual(['第1项诉求', '第2项诉求', '第3项诉求'])

    await click('.van-tab:nth-child(4)')
    await settle(100)
    expect(api.GET).toHaveBeenCalledWith('/api/issues', { params: { query: { areaId: 5, page: 0, size: 20 } } })
    expect(visibleText('[data-testid="issue-list-empty"]')).toEqual(['暂无诉求'])

    // a cell opens its issue
    await click('.van-tab:nth-child(1)')
    ;(document.querySelector('[data-testid="issue-cell"]') as HTMLElement).click()
    await settle()
    expect(router.currentRoute.value.fullPath).toBe('/m/issues/1')
    wrapper.unmount()
  })
})

describe('MobileIssues without a network', () => {
  beforeEach(() => {
    offline.store.online = false
    api.GET.mockRejectedValue(new TypeError('Failed to fetch'))
    offline.offlineIssues.mockResolvedValue([
      { issue: summary(1, { dueAt: new Date(Date.now() + 50 * HOUR).toISOString() }) },
      { issue: summary(2, { dueAt: new Date(Date.now() + 5 * HOUR).toISOString() }) },
    ])
  })
  afterEach(() => {
    offline.store.online = true
  })

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
