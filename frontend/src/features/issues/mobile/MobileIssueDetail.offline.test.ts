import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import MobileIssueDetail from '@/features/issues/mobile/MobileIssueDetail.vue'
import { ApiError } from '@/shared/api/problem'
import { cleanup, click, el, mobileSetup, ok, settle, type } from '@/shared/testing/mobile'
import { shanghaiToday } from '@/shared/time/dates'

const api = vi.hoisted(() => ({ GET: vi.fn(), POST: vi.fn(), PUT: vi.fn() }))
vi.mock('@/shared/api/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/shared/api/client')>()),
  api,
}))
const offline = vi.hoisted(() => ({
  store: { capable: true, online: true, items: [] as unknown[] },
  submitThroughOutbox: vi.fn(),
  offlineIssue: vi.fn(),
  /** undefined: the server answers; else the device copy (issue, etag, fetchedAt) stands in for it */
  kept: undefined as { issue: unknown; etag: string; at: string } | undefined,
}))
vi.mock('@/features/offline', () => ({
  useOfflineStore: () => offline.store,
  submitThroughOutbox: offline.submitThroughOutbox,
  offlineIssue: offline.offlineIssue,
  readWithFallback: async (
    owner: string,
    _part: string,
    server: () => Promise<unknown>,
    device: (owner: string) => Promise<unknown>,
  ) => (offline.kept ? { data: await device(owner), offlineAt: offline.kept.at } : { data: await server() }),
}))

const HOUR = 3_600_000
const staff = (id: number, displayName: string) => ({ id, displayName })

function issueDetail(overrides: Record<string, unknown> = {}, summary: Record<string, unknown> = {}) {
  return {
    issue: {
      id: 42,
      number: 'Q20261121-000042',
      categoryId: 1,
      categoryName: '供水',
      summary: '3号楼停水',
      status: 'IN_PROGRESS',
      urgency: 'NORMAL',
      channel: 'VISIT',
      warning: 'RED',
      communityId: 2,
      communityName: '幸福里社区',
      gridId: 5,
      gridName: '第一网格',
      locationText: '3号楼2单元301',
      reporterName: '张大爷',
      firstResponsible: staff(7, '王五'),
      handler: staff(7, '王五'),
      receivedAt: new Date(Date.now() - 100 * HOUR).toISOString(),
      // due at the midnight that began yesterday in Beijing: its last day was the day before, two days ago
      dueAt: new Date(Date.parse(`${shanghaiToday()}T00:00:00+08:00`) - 24 * HOUR).toISOString(),
      resolvedAt: null,
      closedAt: null,
      escalated: false,
      talkDayId: null,
      version: 3,
      ...summary,
    },
    description: '3号楼停水两天了，请尽快处理',
    reporter: { residentId: 11, name: '张大爷', phoneMasked: '138****8000' },
    location: { householdId: 9, householdLabel: '3号楼2单元301', buildingId: 20, buildingName: '3号楼', address: null },
    receivedBy: staff(7, '王五'),
    talkDayTitle: null,
    warnAt: new Date(Date.now() - 50 * HOUR).toISOString(),
    acceptedAt: null,
    rejectionReason: null,
    satisfaction: null,
    reopenCount: 0,
    timeLimitDays: 3,
    events: [
      {
        id: 1,
        type: 'RECEIVED',
        fromStatus: null,
        toStatus: 'RECEIVED',
        actor: staff(3, '李红'),
        at: '2026-11-17T02:00:00Z',
        comment: null,
        detail: '王五',
      },
      {
        id: 2,
        type: 'OVERDUE',
        fromStatus: null,
        toStatus: null,
        actor: null,
        at: '2026-11-20T16:05:00Z',
        comment: null,
        detail: null,
      },
    ],
    extensions: [],
    photos: [
      {
        id: 301,
        contentType: 'image/jpeg',
        size: 1000,
        uploadedBy: staff(7, '王五'),
        uploadedAt: '2026-11-17T02:01:00Z',
      },
    ],
    allowedActions: ['ACCEPT', 'ASSIGN', 'RESOLVE', 'COMMENT', 'ADD_PHOTO'],
    ...overrides,
  }
}

let current = issueDetail()

beforeEach(() => {
  current = issueDetail()
  offline.kept = undefined
  offline.store.items = []
  offline.offlineIssue.mockImplementation(
    async () => offline.kept && { issue: offline.kept.issue, etag: offline.kept.etag },
  )
  URL.createObjectURL = vi.fn(() => 'blob:photo-301')
  URL.revokeObjectURL = vi.fn()
  api.GET.mockImplementation(async (path: string) => {
    if (path === '/api/issues/{id}') return ok(current, 200, { ETag: `"${current.issue.version}"` })
    if (path === '/api/issues/{id}/photos/{photoId}') return ok(new Blob([new Uint8Array([1])], { type: 'image/jpeg' }))
    if (path === '/api/issue-categories') return ok([])
    throw new Error(`unexpected GET ${path}`)
  })
})

afterEach(async () => {
  // Vant keeps one dialog instance for the page: keep its nodes so that the next test's dialog shows
  const dialog = [...document.body.children].filter((e) => e.matches('.van-dialog, .van-overlay'))
  await cleanup()
  document.body.append(...dialog)
  vi.clearAllMocks()
})

async function mountDetail() {
  const { router, plugins } = await mobileSetup('/m/issues/42')
  router.addRoute({ path: '/m/outbox', name: 'mobile-outbox', component: { template: '<div />' } })
  const wrapper = mount(MobileIssueDetail, {
    props: { id: 42 },
    global: { plugins, stubs: { transition: false, 'transition-group': false } },
    attachTo: document.body,
  })
  await settle()
  return { wrapper, router }
}

async function resolve(comment: string): Promise<void> {
  await click('[data-testid="issue-action-RESOLVE"]')
  await type('[data-testid="action-comment"] textarea', comment)
  await click('[data-testid="action-submit"]')
}

describe('MobileIssueDetail through the outbox', () => {
  it('queues an action against the version on screen and shows the answer when sent', async () => {
    const now = issueDetail({ allowedActions: ['COMMENT'] }, { status: 'RESOLVED', warning: 'NONE', version: 4 })
    offline.submitThroughOutbox.mockResolvedValue({ kind: 'sent', body: now, item: {} })
    const { wrapper } = await mountDetail()
    await resolve('已修复')
    expect(api.POST).not.toHaveBeenCalled()
    expect(offline.submitThroughOutbox).toHaveBeenCalledWith({
      owner: 'wangwu',
      kind: 'issue.action',
      path: '/api/issues/42/resolve',
      body: { comment: '已修复' },
      label: '办理完成：Q20261121-000042',
      link: '/m/issues/42',
      ifMatch: '"3"',
    })
    expect(el('[data-testid="issue-status"]').textContent?.trim()).toBe('已办理')
    wrapper.unmount()
  })

  it('without a network shows the action as pending on the issue', async () => {
    offline.submitThroughOutbox.mockImplementation(async (input: { label: string; path: string; kind: string }) => {
      offline.store.items = [{ id: 'a', state: 'waiting', ...input }]
      return { kind: 'saved', item: {} }
    })
    const { wrapper } = await mountDetail()
    await resolve('已修复')
    // the store's items are live in the app; here the page is shown again with them
    wrapper.unmount()
    const again = await mountDetail()
    const pending = el('[data-testid="issue-pending-action"]')
    expect(pending.textContent).toContain('办理完成：Q20261121-000042')
    expect(pending.textContent).toContain('待发送')
    again.wrapper.unmount()
  })

  it('offline shows the issue kept on the device, its age, and acts against the version kept with it', async () => {
    offline.kept = { issue: issueDetail(), etag: '"2"', at: '2026-12-05T01:00:00Z' }
    offline.submitThroughOutbox.mockResolvedValue({ kind: 'saved', item: {} })
    const { wrapper } = await mountDetail()
    expect(api.GET).not.toHaveBeenCalledWith('/api/issues/{id}', expect.anything())
    expect(el('[data-testid="offline-note"]').textContent).toContain('离线数据，更新于')
    await resolve('已修复')
    expect(offline.submitThroughOutbox.mock.calls[0]![0].ifMatch).toBe('"2"')
    expect(document.body.textContent).toContain('已保存在手机上，联网后自动发送')
    wrapper.unmount()
  })

  it('on a conflict says so and leads to the outbox, where both versions are', async () => {
    offline.submitThroughOutbox.mockResolvedValue({ kind: 'conflict', item: {} })
    const { wrapper, router } = await mountDetail()
    await resolve('已修复')
    expect(el('.van-dialog').textContent).toContain('未被执行')
    await click('.van-dialog__confirm')
    expect(router.currentRoute.value.path).toBe('/m/outbox')
    wrapper.unmount()
  })

  it("puts a refusal's complaints in the sheet, as an answer would", async () => {
    offline.submitThroughOutbox.mockResolvedValue({
      kind: 'refused',
      error: new ApiError(400, {
        status: 400,
        title: 'Bad Request',
        violations: [{ field: 'resolve.body.comment', message: '办理结果过长' }],
      }),
    })
    const { wrapper } = await mountDetail()
    await resolve('x')
    expect(el('[data-testid="action-comment"] .van-field__error-message').textContent).toBe('办理结果过长')
    wrapper.unmount()
  })
})
