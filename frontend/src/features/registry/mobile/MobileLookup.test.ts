import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import MobileLookup from '@/features/registry/mobile/MobileLookup.vue'
import { cleanup, click, el, mobileSetup, ok, settle, type } from '@/shared/testing/mobile'

const api = vi.hoisted(() => ({ GET: vi.fn(), POST: vi.fn(), PUT: vi.fn() }))
vi.mock('@/shared/api/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/shared/api/client')>()),
  api,
}))

const grid = { id: 5, level: 'GRID', code: 'G1', name: '第一网格' }
const household = (id: number) => ({
  id,
  grid,
  building: null,
  unitNo: null,
  roomNo: null,
  address: `幸福路${id}号`,
  housingType: 'OWNED',
  tags: [],
  headResidentId: 1,
  headName: '张伟',
  memberCount: 3,
  phoneMasked: '138****8000',
  status: 'ACTIVE',
})
const resident = (id: number, name = '张伟') => ({
  id,
  householdId: 9,
  name,
  gender: 'M',
  birthDate: '1980-01-01',
  age: 46,
  idCardMasked: '110105********0011',
  phoneMasked: '139****0000',
  relation: 'HEAD',
  registrationType: 'LOCAL',
  tags: [],
  status: 'ACTIVE',
  grid,
  address: '幸福路9号',
})

let householdTotal = 25
beforeEach(() => {
  householdTotal = 25
  api.GET.mockImplementation(async (path: string, init: { params: { query: Record<string, unknown> } }) => {
    const query = init.params.query
    if (path === '/api/households') {
      const page = Number(query.page ?? 0)
      const count = Math.max(0, Math.min(20, householdTotal - page * 20))
      return ok({
        items: Array.from({ length: count }, (_, i) => household(page * 20 + i + 1)),
        page,
        size: 20,
        total: householdTotal,
      })
    }
    if (path === '/api/residents') {
      return query.after
        ? ok({ items: [resident(3, '张伟强')], page: 0, size: 20, total: 3, nextCursor: null })
        : ok({ items: [resident(1), resident(2, '张伟华')], page: 0, size: 20, total: 3, nextCursor: 'c2' })
    }
    if (path === '/api/dictionary') return ok([{ code: 'HEAD', name: '户主', sortOrder: 1 }])
    throw new Error(`unexpected GET ${path}`)
  })
})

afterEach(async () => {
  await cleanup()
  vi.clearAllMocks()
})

async function mountLookup(path = '/m/registry') {
  const { plugins, router } = await mobileSetup(path)
  const wrapper = mount(MobileLookup, {
    global: { plugins, stubs: { transition: false } },
    attachTo: document.body,
  })
  await settle()
  return { wrapper, router }
}

const queriesOf = (path: string) =>
  api.GET.mock.calls.filter(([p]) => p === path).map(([, init]) => init.params.query as Record<string, unknown>)
const texts = (selector: string) =>
  [...document.querySelectorAll(selector)].map((e) => e.querySelector('.van-cell__title > span')?.textContent?.trim())

describe('MobileLookup', () => {
  it('searches households by address and residents by name from one box, and pages with "load more"', async () => {
    const { wrapper, router } = await mountLookup()
    expect(el('[data-testid="lookup-hint"]').textContent).toContain('姓名')
    await type('[data-testid="lookup-search"] input', ' 幸福路 ')
    await settle(450)
    expect(queriesOf('/api/households')).toEqual([{ q: '幸福路', status: 'ACTIVE', page: 0, size: 20 }])
    expect(queriesOf('/api/residents')).toEqual([{ q: '幸福路', status: 'ACTIVE', size: 20 }])
    expect(router.currentRoute.value.query.q).toBe('幸福路')
    expect(texts('[data-testid="lookup-household"]')).toHaveLength(20)
    expect(el('.van-tabs').textContent).toContain('住户（25）')

    await click('[data-testid="lookup-households-more"]')
    expect(queriesOf('/api/households')[1]).toEqual({ q: '幸福路', status: 'ACTIVE', page: 1, size: 20 })
    expect(texts('[data-testid="lookup-household"]')).toHaveLength(25)
    expect(document.querySelector('[data-testid="lookup-households-more"]'), 'the last page').toBeNull()

    await click('.van-tab:nth-child(2)')
    expect(texts('[data-testid="lookup-resident"]')).toEqual(['张伟（男，46 岁）', '张伟华（男，46 岁）'])
    await click('[data-testid="lookup-residents-more"]')
    expect(queriesOf('/api/residents')[1]).toEqual({ q: '幸福路', status: 'ACTIVE', size: 20, after: 'c2' })
    expect(texts('[data-testid="lookup-resident"]')).toHaveLength(3)
    expect(document.querySelector('[data-testid="lookup-residents-more"]')).toBeNull()
    wrapper.unmount()
  })

  it('looks an ID card number up among residents only, exactly', async () => {
    const { wrapper, router } = await mountLookup('/m/registry?q=11010519491231002x')
    expect(queriesOf('/api/households')).toEqual([])
    expect(queriesOf('/api/residents')).toEqual([{ idCard: '11010519491231002X', status: 'ACTIVE', size: 20 }])
    await settle()
    expect(router.currentRoute.value.query.tab).toBe('residents')
    expect(el('.van-tab--active').textContent).toContain('居民')
    wrapper.unmount()
  })

  it('looks a phone number up among residents only, exactly', async () => {
    const { wrapper } = await mountLookup()
    await type('[data-testid="lookup-search"] input', '138 0013 8000')
    await settle(450)
    expect(queriesOf('/api/households')).toEqual([])
    expect(queriesOf('/api/residents')).toEqual([{ phone: '13800138000', status: 'ACTIVE', size: 20 }])
    wrapper.unmount()
  })

  it('says when nothing in the grids matches', async () => {
    householdTotal = 0
    const { wrapper } = await mountLookup('/m/registry?q=无此地址')
    expect(el('[data-testid="lookup-households-empty"]').textContent).toContain('没有找到相符的住户')
    wrapper.unmount()
  })
})
