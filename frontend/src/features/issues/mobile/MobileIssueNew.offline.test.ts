import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import MobileIssueNew from '@/features/issues/mobile/MobileIssueNew.vue'
import { cleanup, click, el, mobileSetup, ok, settle, type } from '@/shared/testing/mobile'

const api = vi.hoisted(() => ({ GET: vi.fn(), POST: vi.fn(), PUT: vi.fn() }))
vi.mock('@/shared/api/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/shared/api/client')>()),
  api,
}))
const offline = vi.hoisted(() => ({
  store: { capable: true, online: true, items: [] as unknown[] },
  submitThroughOutbox: vi.fn(),
  offlineCodeList: vi.fn(),
  /** the device's copies stand in for the server (offline) */
  kept: false,
}))
vi.mock('@/features/offline', () => ({
  useOfflineStore: () => offline.store,
  submitThroughOutbox: offline.submitThroughOutbox,
  offlineCodeList: offline.offlineCodeList,
  readWithFallback: async (
    owner: string,
    _part: string,
    server: () => Promise<unknown>,
    device: (owner: string) => Promise<unknown>,
  ) => {
    if (!offline.kept) return { data: await server() }
    const data = await device(owner)
    // as the real one: nothing kept and no network is the network's failure
    if (data === undefined) throw new TypeError('Failed to fetch')
    return { data, offlineAt: '2026-12-05T01:00:00Z' }
  },
}))

const CATEGORIES = [
  {
    id: 3,
    code: 'POWER',
    name: '供电',
    timeLimitDays: 3,
    sortOrder: 2,
    active: true,
    platformDefault: true,
    version: 0,
  },
  {
    id: 1,
    code: 'WATER',
    name: '供水',
    timeLimitDays: 3,
    sortOrder: 1,
    active: true,
    platformDefault: true,
    version: 0,
  },
  {
    id: 9,
    code: 'OLD',
    name: '旧类别',
    timeLimitDays: 5,
    sortOrder: 0,
    active: false,
    platformDefault: false,
    version: 1,
  },
]
const TREE = [
  {
    id: 1,
    level: 'SUB_DISTRICT',
    code: 'SD',
    name: '幸福街道',
    inScope: false,
    children: [
      {
        id: 2,
        level: 'COMMUNITY',
        code: 'XFL',
        name: '幸福里社区',
        inScope: false,
        children: [{ id: 5, level: 'GRID', code: 'G1', name: '第一网格', inScope: true, children: [] }],
      },
    ],
  },
]

beforeEach(() => {
  offline.kept = false
  URL.createObjectURL = vi.fn(() => 'blob:preview')
  URL.revokeObjectURL = vi.fn()
  api.GET.mockImplementation(async (path: string) => {
    if (path === '/api/issue-categories') return ok(CATEGORIES)
    if (path === '/api/areas/tree') return ok(TREE)
    throw new Error(`unexpected GET ${path}`)
  })
  offline.offlineCodeList.mockImplementation(async (_owner: string, name: string) =>
    name === 'issueCategories' ? CATEGORIES : name === 'areaTree' ? TREE : undefined,
  )
})

afterEach(async () => {
  // Vant keeps one dialog instance for the page: keep its nodes so that the next test's dialog shows
  const dialog = [...document.body.children].filter((e) => e.matches('.van-dialog, .van-overlay'))
  await cleanup()
  document.body.append(...dialog)
  vi.clearAllMocks()
})

async function mountForm() {
  const { router, plugins } = await mobileSetup('/m/issues/new')
  const wrapper = mount(MobileIssueNew, {
    global: { plugins, stubs: { transition: false, 'transition-group': false } },
    attachTo: document.body,
  })
  await settle()
  return { wrapper, router }
}

/** Category (the first active one, by sort order), description, urgency and a visitor as reporter. */
async function fillIn() {
  await click('[data-testid="issue-category"]')
  await click('.van-picker__confirm')
  await type('[data-testid="issue-description"] textarea', '  3号楼2单元楼道灯不亮已一周  ')
  await click('[data-testid="issue-urgency-HIGH"]')
  await click('[data-testid="reporter-mode-other"]')
  await type('[data-testid="issue-reporter-name"] input', '张大爷')
  await type('[data-testid="issue-reporter-phone"] input', '138 0013 8000')
}

async function addPhoto(): Promise<void> {
  const photo = new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0])], 'IMG_0001.jpg', { type: 'image/jpeg' })
  const input = el<HTMLInputElement>('.van-uploader__input')
  Object.defineProperty(input, 'files', { value: [photo], configurable: true })
  input.dispatchEvent(new Event('change'))
  await settle(100)
}

describe('MobileIssueNew through the outbox', () => {
  it('queues the report with its photos for photoUploadIds, then opens the issue the server made', async () => {
    offline.submitThroughOutbox.mockResolvedValue({ kind: 'sent', body: { issue: { id: 42 } }, item: {} })
    const { wrapper, router } = await mountForm()
    await fillIn()
    await addPhoto()
    await click('[data-testid="issue-submit"]')
    await settle(100)
    expect(api.POST).not.toHaveBeenCalled()
    const queued = offline.submitThroughOutbox.mock.calls[0]![0]
    expect(queued).toMatchObject({
      owner: 'wangwu',
      kind: 'issue.create',
      path: '/api/issues',
      label: '上报：3号楼2单元楼道灯不亮已一周',
      photoField: 'photoUploadIds',
      body: { categoryId: 1, description: '3号楼2单元楼道灯不亮已一周', location: { areaId: 5 } },
    })
    expect(queued.photos).toHaveLength(1)
    expect(queued.photos[0].fileName).toBe('IMG_0001.jpg')
    expect(router.currentRoute.value.fullPath).toBe('/m/issues/42')
    wrapper.unmount()
  })

  it('offline offers the categories and areas kept on the device, and says the report is kept on the phone', async () => {
    offline.kept = true
    offline.submitThroughOutbox.mockResolvedValue({ kind: 'saved', item: {} })
    const { wrapper, router } = await mountForm()
    expect(api.GET).not.toHaveBeenCalled()
    expect(offline.offlineCodeList).toHaveBeenCalledWith('wangwu', 'issueCategories')
    expect(offline.offlineCodeList).toHaveBeenCalledWith('wangwu', 'areaTree')
    expect(el<HTMLInputElement>('[data-testid="issue-location"] input').value).toBe('第一网格')
    await fillIn()
    await click('[data-testid="issue-submit"]')
    expect(el('.van-dialog').textContent).toContain('已保存在手机上，联网后自动发送')
    await click('.van-dialog__confirm')
    expect(router.currentRoute.value.name).toBe('mobile-issues')
    wrapper.unmount()
  })

  it("with no area tree kept, offers the worker's own grid from their profile", async () => {
    offline.kept = true
    offline.offlineCodeList.mockImplementation(async (_owner: string, name: string) =>
      name === 'issueCategories' ? CATEGORIES : undefined,
    )
    const { wrapper } = await mountForm()
    expect(el<HTMLInputElement>('[data-testid="issue-location"] input').value).toBe('第一网格')
    wrapper.unmount()
  })
})
