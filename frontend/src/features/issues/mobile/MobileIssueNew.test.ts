import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import MobileIssueNew from '@/features/issues/mobile/MobileIssueNew.vue'
import { cleanup, click, el, fieldError, mobileSetup, ok, problem, settle, type } from '@/shared/testing/mobile'

const api = vi.hoisted(() => ({ GET: vi.fn(), POST: vi.fn(), PUT: vi.fn() }))
vi.mock('@/shared/api/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/shared/api/client')>()),
  api,
}))

const offline = vi.hoisted(() => ({
  // the browser keeps nothing unless a test says so: the form then posts directly, as before the outbox
  store: { capable: false, online: true, items: [] as unknown[] },
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
  offline.store.capable = false
  offline.offlineCodeList.mockImplementation(async (_owner: string, name: string) =>
    name === 'issueCategories' ? CATEGORIES : name === 'areaTree' ? TREE : undefined,
  )
  // jsdom has no blob URLs; Vant's uploader previews with them
  URL.createObjectURL = vi.fn(() => 'blob:preview')
  URL.revokeObjectURL = vi.fn()
  api.GET.mockImplementation(async (path: string) => {
    if (path === '/api/issue-categories') return ok(CATEGORIES)
    if (path === '/api/areas/tree') return ok(TREE)
    throw new Error(`unexpected GET ${path}`)
  })
})

afterEach(async () => {
  await cleanup()
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

describe('MobileIssueNew', () => {
  it('starts at the worker’s only grid and offers only active categories', async () => {
    const { wrapper } = await mountForm()
    expect(el<HTMLInputElement>('[data-testid="issue-location"] input').value).toBe('第一网格')
    expect(el<HTMLInputElement>('[data-testid="issue-channel"] input').value).toBe('入户走访')
    await click('[data-testid="issue-category"]')
    const options = [...document.querySelectorAll('.van-picker-column__item')].map((o) => o.textContent?.trim())
    expect(options).toEqual(['供水（3个工作日）', '供电（3个工作日）'])
    wrapper.unmount()
  })

  it('checks what is missing before sending anything', async () => {
    const { wrapper } = await mountForm()
    await click('[data-testid="issue-submit"]')
    expect(api.POST).not.toHaveBeenCalled()
    expect(fieldError('issue-category')).toBe('请选择诉求类别')
    expect(fieldError('issue-description')).toBe('请填写诉求内容')
    expect(fieldError('issue-reporter')).toBe('请选择反映人')
    expect(fieldError('issue-location')).toBeUndefined()
    wrapper.unmount()
  })

  it('sends the issue and shows the server’s violations next to their fields', async () => {
    api.POST.mockResolvedValue(
      problem(400, {
        title: 'Bad Request',
        violations: [
          { field: 'location.areaId', message: '您的管辖范围内没有该区域' },
          { field: 'create.body.reporter.phone', message: '不是有效的手机或固定电话号码' },
        ],
      }),
    )
    const { wrapper, router } = await mountForm()
    await fillIn()
    await click('[data-testid="issue-submit"]')

    expect(api.POST).toHaveBeenCalledTimes(1)
    expect(api.POST).toHaveBeenCalledWith('/api/issues', {
      body: {
        categoryId: 1,
        description: '3号楼2单元楼道灯不亮已一周',
        urgency: 'HIGH',
        channel: 'VISIT',
        location: { areaId: 5 },
        reporter: { name: '张大爷', phone: '13800138000' },
      },
    })
    expect(fieldError('issue-location')).toBe('您的管辖范围内没有该区域')
    expect(fieldError('issue-reporter-phone')).toBe('不是有效的手机或固定电话号码')
    expect(router.currentRoute.value.name).toBe('mobile-issue-new')

    // correcting a field clears its message
    await type('[data-testid="issue-reporter-phone"] input', '13900139000')
    expect(fieldError('issue-reporter-phone')).toBeUndefined()
    expect(fieldError('issue-location')).toBe('您的管辖范围内没有该区域')
    wrapper.unmount()
  })

  it('uploads the photos to the new issue and then opens it', async () => {
    api.POST.mockImplementation(async (path: string) => {
      if (path === '/api/issues') return ok({ issue: { id: 42 } }, 201, { ETag: '"0"' })
      if (path === '/api/issues/{id}/photos') return ok({ issue: { id: 42 } }, 200, { ETag: '"1"' })
      throw new Error(`unexpected POST ${path}`)
    })
    const { wrapper, router } = await mountForm()
    await fillIn()
    const photo = new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0])], 'IMG_0001.jpg', { type: 'image/jpeg' })
    const input = el<HTMLInputElement>('.van-uploader__input')
    Object.defineProperty(input, 'files', { value: [photo], configurable: true })
    input.dispatchEvent(new Event('change'))
    await settle(100)
    expect(document.querySelectorAll('.van-uploader__preview')).toHaveLength(1)

    await click('[data-testid="issue-submit"]')
    await settle(100)

    const upload = api.POST.mock.calls.find(([path]) => path === '/api/issues/{id}/photos')
    expect(upload?.[1].params).toEqual({ path: { id: 42 } })
    const form = upload?.[1].bodySerializer() as FormData
    expect((form.get('file') as File).name).toBe('IMG_0001.jpg')
    expect(router.currentRoute.value.fullPath).toBe('/m/issues/42')
    wrapper.unmount()
  })
})

async function addPhoto(): Promise<void> {
  const photo = new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0])], 'IMG_0001.jpg', { type: 'image/jpeg' })
  const input = el<HTMLInputElement>('.van-uploader__input')
  Object.defineProperty(input, 'files', { value: [photo], configurable: true })
  input.dispatchEvent(new Event('change'))
  await settle(100)
}

describe('MobileIssueNew through the outbox', () => {
  beforeEach(() => {
    offline.store.capable = true
  })

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
