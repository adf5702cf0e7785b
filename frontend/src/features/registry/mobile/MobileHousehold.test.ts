import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import MobileHousehold from '@/features/registry/mobile/MobileHousehold.vue'
import RegistryLookupEntry from '@/features/registry/mobile/RegistryLookupEntry.vue'
import type { Role } from '@/shared/api/types'
import { capabilitiesFor } from '@/shared/testing/capabilities'
import { cleanup, click, el, mobileSetup, ok, problem, settle, type } from '@/shared/testing/mobile'

const api = vi.hoisted(() => ({ GET: vi.fn(), POST: vi.fn(), PUT: vi.fn() }))
vi.mock('@/shared/api/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/shared/api/client')>()),
  api,
}))

const grid = { id: 5, level: 'GRID', code: 'G1', name: '第一网格' }
const member = (id: number, name: string, relation: string) => ({
  id,
  householdId: 9,
  name,
  gender: 'F',
  birthDate: '1950-01-01',
  age: 76,
  idCardMasked: `110105********00${id}`,
  phoneMasked: null,
  relation,
  registrationType: 'LOCAL',
  tags: [],
  status: 'ACTIVE',
  grid,
  address: '幸福路9号',
})
const detail = {
  household: {
    id: 9,
    grid,
    building: null,
    unitNo: null,
    roomNo: null,
    address: '幸福路9号',
    housingType: 'OWNED',
    tags: ['MINIMUM_LIVING'],
    headResidentId: 12,
    headName: '王芳',
    memberCount: 2,
    phoneMasked: '010****5678',
    status: 'ACTIVE',
  },
  gridAncestors: [
    { id: 1, level: 'SUB_DISTRICT', code: 'S', name: '城关街道' },
    { id: 2, level: 'COMMUNITY', code: 'C', name: '幸福里社区' },
  ],
  tenureStart: null,
  notes: null,
  landlordHouseholdId: null,
  movedOutOn: null,
  members: [member(11, '李明', 'CHILD'), member(12, '王芳', 'HEAD')],
  duplicateIds: [],
  history: [],
  createdAt: '2026-01-01T00:00:00Z',
}

let answer: () => unknown = () => ok(detail, 200, { ETag: '"1"' })
beforeEach(() => {
  answer = () => ok(detail, 200, { ETag: '"1"' })
  api.GET.mockImplementation(async (path: string) => {
    if (path === '/api/households/{id}') return answer()
    if (path === '/api/dictionary') return ok([{ code: 'MINIMUM_LIVING', name: '低保户', sortOrder: 1 }])
    throw new Error(`unexpected GET ${path}`)
  })
})

afterEach(async () => {
  await cleanup()
  vi.clearAllMocks()
})

async function mountHousehold() {
  const { plugins } = await mobileSetup('/m/registry/households/9')
  const wrapper = mount(MobileHousehold, {
    props: { id: 9 },
    global: { plugins, stubs: { transition: false } },
    attachTo: document.body,
  })
  await settle()
  return wrapper
}

describe('MobileHousehold', () => {
  it('shows where it is, its tags and its members (head first, masked)', async () => {
    const wrapper = await mountHousehold()
    expect(el('h1').textContent).toBe('户信息')
    expect(el('[data-testid="record-heading"]').textContent).toBe('幸福路9号')
    expect(document.body.textContent).toContain('城关街道 · 幸福里社区 · 第一网格')
    expect(el('[data-testid="record-tags"]').textContent).toContain('低保户')
    const members = [...document.querySelectorAll('[data-testid="household-member"]')].map((e) => e.textContent)
    expect(members[0]).toContain('王芳')
    expect(members[0]).toContain('110105********0012')
    expect(members[1]).toContain('李明')
    wrapper.unmount()
  })

  it("reveals the household's landline with a reason and dials it without the dash", async () => {
    api.POST.mockResolvedValue(ok({ field: 'PHONE', value: '010-12345678' }))
    const wrapper = await mountHousehold()
    await click('[data-testid="household-phone"] [data-testid="reveal-button"]')
    await type('[data-testid="reveal-reason"] textarea', '入户走访前联系')
    await click('.van-dialog__confirm')
    expect(api.POST).toHaveBeenCalledWith('/api/households/{id}/reveal-phone', {
      params: { path: { id: 9 } },
      body: { reason: '入户走访前联系' },
    })
    expect(el('[data-testid="call-link"]').getAttribute('href')).toBe('tel:01012345678')
    wrapper.unmount()
  })

  it('offers a retry when the household cannot be loaded', async () => {
    answer = () => problem(503, { title: 'Service Unavailable' })
    const wrapper = await mountHousehold()
    expect(document.querySelector('[data-testid="record-heading"]')).toBeNull()
    answer = () => ok(detail, 200, { ETag: '"1"' })
    await click('[data-testid="mobile-household"] .van-empty .van-button')
    expect(el('[data-testid="record-heading"]').textContent).toBe('幸福路9号')
    wrapper.unmount()
  })
})

describe('RegistryLookupEntry', () => {
  it.each<[Role, boolean]>([
    ['grid-worker', true],
    ['viewer', true],
    ['volunteer', false],
  ])('%s sees it: %s', async (role, shown) => {
    const { plugins } = await mobileSetup('/m', { roles: [role], capabilities: capabilitiesFor([role]) })
    const wrapper = mount(RegistryLookupEntry, { global: { plugins }, attachTo: document.body })
    expect(!!document.querySelector('[data-testid="mobile-lookup-entry"]')).toBe(shown)
    wrapper.unmount()
  })
})
