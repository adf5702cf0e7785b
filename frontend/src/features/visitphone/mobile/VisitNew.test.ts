import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import VisitNew from './VisitNew.vue'
import { ApiError } from '@/shared/api/problem'
import { cleanup, click, el, fieldError, mobileSetup, ok, settle, type } from '@/shared/testing/mobile'

const api = vi.hoisted(() => ({ GET: vi.fn(), POST: vi.fn(), PUT: vi.fn() }))
vi.mock('@/shared/api/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/shared/api/client')>()),
  api,
}))
const offline = vi.hoisted(() => ({
  store: { capable: true, online: true, items: [] as unknown[] },
  submitThroughOutbox: vi.fn(),
  offlineHousehold: vi.fn(),
}))
vi.mock('@/features/offline', () => ({
  useOfflineStore: () => offline.store,
  submitThroughOutbox: offline.submitThroughOutbox,
  offlineHousehold: offline.offlineHousehold,
  readWithFallback: async (_owner: string, _part: string, server: () => Promise<unknown>) => ({ data: await server() }),
}))

const CARD = {
  id: 7,
  address: '3号楼1单元202',
  gridId: 5,
  gridName: '第一网格',
  headName: '张三',
  careTags: [],
  members: [],
  pairings: [],
  obligations: [],
  recentVisits: [],
  questions: [],
  needs: [],
  issueCategories: [],
}
const SAVED = { id: 55, household: { id: 7, address: '3号楼1单元202' }, outcome: 'COMPLETED', counted: [], issues: [] }

beforeEach(() => {
  offline.store.capable = true
  api.GET.mockImplementation(async (path: string) => {
    if (path === '/api/visit-households/{id}') return ok(CARD)
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

async function mountForm() {
  const { router, plugins } = await mobileSetup('/m')
  const Stub = { template: '<div />' }
  router.addRoute({ path: '/m/visits', name: 'mobile-visits', component: Stub, meta: { title: 'mobileVisitsToday' } })
  router.addRoute({
    path: '/m/visits/households/:id',
    name: 'mobile-visit-household',
    component: Stub,
    meta: { title: 'mobileVisitHousehold' },
  })
  router.addRoute({
    path: '/m/visits/:id/done',
    name: 'mobile-visit-done',
    component: Stub,
    meta: { title: 'mobileVisitDone' },
  })
  router.addRoute({
    path: '/m/visits/new',
    name: 'mobile-visit-new',
    component: Stub,
    meta: { title: 'mobileVisitNew' },
  })
  await router.push('/m/visits/new?householdId=7')
  const wrapper = mount(VisitNew, {
    props: { householdId: 7 },
    global: { plugins, stubs: { transition: false, 'transition-group': false } },
    attachTo: document.body,
  })
  await settle()
  return { wrapper, router }
}

describe('VisitNew through the outbox', () => {
  it('queues the visit with its clientRef, the household as label, then shows what the server saved', async () => {
    offline.submitThroughOutbox.mockResolvedValue({ kind: 'sent', body: SAVED, item: {} })
    const { wrapper, router } = await mountForm()
    await type('[data-testid="visit-notes"] textarea', '门口交谈')
    await click('[data-testid="visit-submit"]')
    expect(api.POST).not.toHaveBeenCalled()
    expect(offline.submitThroughOutbox).toHaveBeenCalledTimes(1)
    const queued = offline.submitThroughOutbox.mock.calls[0]![0]
    expect(queued).toMatchObject({
      owner: 'wangwu',
      kind: 'visit.create',
      path: '/api/visits',
      label: '走访 3号楼1单元202',
      photos: [],
      photoField: 'photoUploadIds',
      body: { householdId: 7, notes: '门口交谈', outcome: 'COMPLETED' },
    })
    expect(queued.body.clientRef).toMatch(/^[0-9a-f-]{36}$/)
    expect(router.currentRoute.value.name).toBe('mobile-visit-done')
    expect(router.currentRoute.value.params.id).toBe('55')
    wrapper.unmount()
  })

  it('without a network says it is kept on the phone, never that it was saved on the server', async () => {
    offline.submitThroughOutbox.mockResolvedValue({ kind: 'saved', item: {} })
    const { wrapper, router } = await mountForm()
    await click('[data-testid="visit-submit"]')
    expect(el('.van-dialog').textContent).toContain('已保存在手机上，联网后自动发送')
    expect(document.body.textContent).not.toContain('走访已保存')
    await click('.van-dialog__confirm')
    expect(router.currentRoute.value.name).toBe('mobile-visits')
    wrapper.unmount()
  })

  it("shows a refusal's complaints on the form, which keeps what was typed, and sends it again with the same clientRef", async () => {
    offline.submitThroughOutbox.mockResolvedValue({
      kind: 'refused',
      error: new ApiError(400, {
        status: 400,
        title: 'Bad Request',
        violations: [{ field: 'create.body.notes', message: '备注过长' }],
      }),
    })
    const { wrapper, router } = await mountForm()
    await type('[data-testid="visit-notes"] textarea', '很长的备注')
    await click('[data-testid="visit-submit"]')
    expect(fieldError('visit-notes')).toBe('备注过长')
    expect(router.currentRoute.value.name).toBe('mobile-visit-new')
    expect(el<HTMLTextAreaElement>('[data-testid="visit-notes"] textarea').value).toBe('很长的备注')
    await click('[data-testid="visit-submit"]')
    const [first, second] = offline.submitThroughOutbox.mock.calls.map(([input]) => input.body.clientRef)
    expect(second).toBe(first)
    wrapper.unmount()
  })

  it('where the phone keeps nothing, posts directly and says plainly that a visit without network was NOT saved', async () => {
    offline.store.capable = false
    api.POST.mockRejectedValue(new TypeError('Failed to fetch'))
    const { wrapper, router } = await mountForm()
    await click('[data-testid="visit-submit"]')
    expect(offline.submitThroughOutbox).not.toHaveBeenCalled()
    expect(api.POST).toHaveBeenCalledWith('/api/visits', expect.anything())
    expect(el('.van-dialog').textContent).toContain('走访未保存')
    await click('.van-dialog__confirm')
    expect(router.currentRoute.value.name).toBe('mobile-visit-new')
    wrapper.unmount()
  })
})
