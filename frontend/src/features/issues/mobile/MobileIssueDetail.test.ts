import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import MobileIssueDetail from '@/features/issues/mobile/MobileIssueDetail.vue'
import { ApiError } from '@/shared/api/problem'
import { cleanup, click, el, mobileSetup, ok, problem, settle, type } from '@/shared/testing/mobile'
import { shanghaiToday } from '@/shared/time/dates'

const api = vi.hoisted(() => ({ GET: vi.fn(), POST: vi.fn(), PUT: vi.fn() }))
vi.mock('@/shared/api/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/shared/api/client')>()),
  api,
}))

const offline = vi.hoisted(() => ({
  // the browser keeps nothing unless a test says so: the pages then post directly, as before the outbox
  store: { capable: false, online: true, items: [] as unknown[] },
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
  offline.store.capable = false
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

/** Vant keeps one dialog instance for the page: its nodes, for a later test that shows a dialog again. */
let dialogNodes: Element[] = []
afterEach(async () => {
  const found = [...document.body.children].filter((e) => e.matches('.van-dialog, .van-overlay'))
  dialogNodes = [...new Set([...dialogNodes, ...found])]
  await cleanup()
  vi.clearAllMocks()
})
/** The dialog on screen (a closed one stays in the page, hidden). */
const shownDialog = () => el('.van-dialog:not([style*="display: none"])')

async function mountDetail() {
  const { router, plugins } = await mobileSetup('/m/issues/42')
  router.addRoute({ path: '/m/outbox', name: 'mobile-outbox', component: { template: '<div />' } })
  const wrapper = mount(MobileIssueDetail, {
    props: { id: 42 },
    global: { plugins, stubs: { transition: false, 'transition-group': false } },
    attachTo: document.body,
  })
  await settle()
  return wrapper
}

const actionIds = () =>
  [...document.querySelectorAll('[data-testid^="issue-action-"]')].map((e) =>
    e.getAttribute('data-testid')!.replace('issue-action-', ''),
  )

describe('MobileIssueDetail', () => {
  it('shows the issue, its photos via the API and a timeline, newest first', async () => {
    const wrapper = await mountDetail()
    expect(el('[data-testid="issue-status"]').textContent?.trim()).toBe('办理中')
    expect(el('[data-testid="deadline-mark"]').textContent?.trim()).toBe('超期2天')
    expect(el('[data-testid="issue-reporter"]').textContent).toContain('张大爷')
    expect(el('[data-testid="issue-reporter-phone"] [data-testid="masked-value"]').textContent).toBe('138****8000')
    expect(api.GET).toHaveBeenCalledWith('/api/issues/{id}/photos/{photoId}', {
      params: { path: { id: 42, photoId: 301 } },
      parseAs: 'blob',
    })
    expect(el<HTMLImageElement>('[data-testid="issue-photo"] img').getAttribute('src')).toBe('blob:photo-301')
    const events = [...document.querySelectorAll('[data-testid="issue-event"]')].map((e) => e.textContent)
    expect(events[0]).toContain('已超期')
    expect(events[0]).toContain('系统')
    expect(events[1]).toContain('首问责任人：王五')
    wrapper.unmount()
  })

  it('offers only the allowed actions that are made for the phone', async () => {
    const wrapper = await mountDetail()
    expect(actionIds().sort()).toEqual(['ADD_PHOTO', 'COMMENT', 'RESOLVE'])
    expect(document.body.textContent).toContain('受理、交办、审批等操作请在电脑版办理')
    wrapper.unmount()

    current = issueDetail({ allowedActions: ['CLOSE', 'COMMENT'] }, { status: 'RESOLVED', warning: 'NONE' })
    const resolved = await mountDetail()
    expect(actionIds().sort()).toEqual(['CLOSE', 'COMMENT'])
    expect(document.querySelector('[data-testid="deadline-mark"]')).toBeNull()
    expect(document.body.textContent).not.toContain('请在电脑版办理')
    resolved.unmount()

    current = issueDetail({ allowedActions: [] }, { status: 'CLOSED', warning: 'NONE' })
    const closed = await mountDetail()
    expect(actionIds()).toEqual([])
    expect(document.querySelector('[data-testid="issue-actions"]')).toBeNull()
    closed.unmount()
  })

  it('resolves against the version on screen, and requires the outcome', async () => {
    api.POST.mockResolvedValue(
      ok(issueDetail({ allowedActions: ['COMMENT'] }, { status: 'RESOLVED', warning: 'NONE', version: 4 }), 200, {
        ETag: '"4"',
      }),
    )
    const wrapper = await mountDetail()
    await click('[data-testid="issue-action-RESOLVE"]')
    await click('[data-testid="action-submit"]')
    expect(api.POST).not.toHaveBeenCalled()
    expect(el('[data-testid="action-comment"] .van-field__error-message').textContent).toBe('请填写办理结果')

    await type('[data-testid="action-comment"] textarea', '已联系自来水公司修复管道')
    await click('[data-testid="action-submit"]')
    expect(api.POST).toHaveBeenCalledWith('/api/issues/{id}/resolve', {
      params: { path: { id: 42 }, header: { 'If-Match': '"3"' } },
      body: { comment: '已联系自来水公司修复管道' },
    })
    expect(el('[data-testid="issue-status"]').textContent?.trim()).toBe('已办理')
    expect(actionIds()).toEqual(['COMMENT'])
    wrapper.unmount()
  })

  it('on 409 shows the server’s message and reloads the issue', async () => {
    api.POST.mockResolvedValue(
      problem(409, { title: 'Conflict', detail: '诉求当前为「已办理」，无法执行「办理完成」。' }),
    )
    const wrapper = await mountDetail()
    const reads = () => api.GET.mock.calls.filter(([path]) => path === '/api/issues/{id}').length
    expect(reads()).toBe(1)
    await click('[data-testid="issue-action-RESOLVE"]')
    await type('[data-testid="action-comment"] textarea', '已处理')
    current = issueDetail({ allowedActions: ['COMMENT'] }, { status: 'RESOLVED', warning: 'NONE', version: 5 })
    await click('[data-testid="action-submit"]')
    expect(el('.van-dialog').textContent).toContain('诉求当前为「已办理」，无法执行「办理完成」。')
    await click('.van-dialog__confirm')
    expect(reads()).toBe(2)
    expect(el('[data-testid="issue-status"]').textContent?.trim()).toBe('已办理')
    wrapper.unmount()
  })

  it('on 412 reloads with a toast', async () => {
    api.POST.mockResolvedValue(problem(412, { title: 'Precondition Failed' }))
    const wrapper = await mountDetail()
    await click('[data-testid="issue-action-COMMENT"]')
    await type('[data-testid="action-comment"] textarea', '已电话联系')
    await click('[data-testid="action-submit"]')
    expect(api.POST).toHaveBeenCalledWith('/api/issues/{id}/comments', {
      params: { path: { id: 42 } },
      body: { comment: '已电话联系' },
    })
    expect(document.body.textContent).toContain('诉求已被他人更新，已为您刷新')
    expect(api.GET.mock.calls.filter(([path]) => path === '/api/issues/{id}')).toHaveLength(2)
    wrapper.unmount()
  })

  it("reveals the reporter's phone with a reason and offers to call it", async () => {
    api.POST.mockResolvedValue(ok({ field: 'PHONE', value: '13800138000' }))
    const wrapper = await mountDetail()
    await click('[data-testid="issue-reporter-phone"] [data-testid="reveal-button"]')
    await type('[data-testid="reveal-reason"] textarea', '诉求办理回访')
    await click('.van-dialog__confirm')
    expect(api.POST).toHaveBeenCalledWith('/api/issues/{id}/reveal-phone', {
      params: { path: { id: 42 } },
      body: { reason: '诉求办理回访' },
    })
    expect(el('[data-testid="issue-reporter-phone"] [data-testid="call-link"]').getAttribute('href')).toBe(
      'tel:13800138000',
    )
    wrapper.unmount()
  })

  it('lets a leader of the handling volunteer team start it, showing the team and its leaders', async () => {
    current = issueDetail(
      { allowedActions: ['START', 'COMMENT', 'ADD_PHOTO'], handlerTeamLeaders: [{ name: '张伟', role: 'LEADER' }] },
      { status: 'ASSIGNED', handler: null, handlerTeam: { id: 3, name: '幸福里巡防队' } },
    )
    const { plugins } = await mobileSetup('/m/issues/42', { roles: ['volunteer'], staffId: 30 })
    const wrapper = mount(MobileIssueDetail, {
      props: { id: 42 },
      global: { plugins, stubs: { transition: false, 'transition-group': false } },
      attachTo: document.body,
    })
    await settle()
    expect(el('[data-testid="issue-handler-team"]').textContent).toContain('幸福里巡防队')
    expect(el('[data-testid="issue-handler-team"]').textContent).toContain('张伟（队长）')
    expect(actionIds()).toEqual(['COMMENT', 'ADD_PHOTO', 'START'])
    // no phone to reveal for a volunteer, and no category list (which volunteers may not read)
    expect(document.querySelector('[data-testid="issue-reporter-phone"] [data-testid="reveal-button"]')).toBeNull()
    expect(api.GET).not.toHaveBeenCalledWith('/api/issue-categories')
    wrapper.unmount()
  })
})

async function resolve(comment: string): Promise<void> {
  await click('[data-testid="issue-action-RESOLVE"]')
  await type('[data-testid="action-comment"] textarea', comment)
  await click('[data-testid="action-submit"]')
}

describe('MobileIssueDetail through the outbox', () => {
  beforeEach(() => {
    offline.store.capable = true
    document.body.append(...dialogNodes)
  })

  it('queues an action against the version on screen and shows the answer when sent', async () => {
    const now = issueDetail({ allowedActions: ['COMMENT'] }, { status: 'RESOLVED', warning: 'NONE', version: 4 })
    offline.submitThroughOutbox.mockResolvedValue({ kind: 'sent', body: now, item: {} })
    const wrapper = await mountDetail()
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
    const wrapper = await mountDetail()
    await resolve('已修复')
    // the store's items are live in the app; here the page is shown again with them
    wrapper.unmount()
    const again = await mountDetail()
    const pending = el('[data-testid="issue-pending-action"]')
    expect(pending.textContent).toContain('办理完成：Q20261121-000042')
    expect(pending.textContent).toContain('待发送')
    again.unmount()
  })

  it('offline shows the issue kept on the device, its age, and acts against the version kept with it', async () => {
    offline.kept = { issue: issueDetail(), etag: '"2"', at: '2026-12-05T01:00:00Z' }
    offline.submitThroughOutbox.mockResolvedValue({ kind: 'saved', item: {} })
    const wrapper = await mountDetail()
    expect(api.GET).not.toHaveBeenCalledWith('/api/issues/{id}', expect.anything())
    expect(el('[data-testid="offline-note"]').textContent).toContain('离线数据，更新于')
    await resolve('已修复')
    expect(offline.submitThroughOutbox.mock.calls[0]![0].ifMatch).toBe('"2"')
    expect(document.body.textContent).toContain('已保存在手机上，联网后自动发送')
    wrapper.unmount()
  })

  it('on a conflict says so and leads to the outbox, where both versions are', async () => {
    offline.submitThroughOutbox.mockResolvedValue({ kind: 'conflict', item: {} })
    const wrapper = await mountDetail()
    const router = wrapper.vm.$router
    await resolve('已修复')
    expect(shownDialog().textContent).toContain('未被执行')
    shownDialog().querySelector<HTMLElement>('.van-dialog__confirm')!.click()
    await settle()
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
    const wrapper = await mountDetail()
    await resolve('x')
    expect(el('[data-testid="action-comment"] .van-field__error-message').textContent).toBe('办理结果过长')
    wrapper.unmount()
  })
})
