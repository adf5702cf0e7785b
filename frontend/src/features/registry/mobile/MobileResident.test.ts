import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import MobileResident from '@/features/registry/mobile/MobileResident.vue'
import type { Role } from '@/shared/api/types'
import { capabilitiesFor } from '@/shared/testing/capabilities'
import { cleanup, click, el, fieldError, mobileSetup, ok, problem, settle, type } from '@/shared/testing/mobile'

const api = vi.hoisted(() => ({ GET: vi.fn(), POST: vi.fn(), PUT: vi.fn() }))
vi.mock('@/shared/api/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/shared/api/client')>()),
  api,
}))

const detail = {
  resident: {
    id: 11,
    householdId: 9,
    name: '张伟',
    gender: 'M',
    birthDate: '1980-01-01',
    age: 46,
    idCardMasked: '110105********0011',
    phoneMasked: '138****8000',
    relation: 'HEAD',
    registrationType: 'LOCAL',
    tags: ['ELDERLY_ALONE'],
    status: 'ACTIVE',
    grid: { id: 5, level: 'GRID', code: 'G1', name: '第一网格' },
    address: '幸福路9号',
    version: 1,
  },
  ethnicity: '01',
  politicalStatus: null,
  employmentStatus: null,
  education: null,
  disabilityGrade: null,
  moveInDate: null,
  moveOutDate: null,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
}

beforeEach(() => {
  api.GET.mockImplementation(async (path: string) => {
    if (path === '/api/residents/{id}') return ok(detail, 200, { ETag: '"1"' })
    if (path === '/api/dictionary') return ok([{ code: 'ELDERLY_ALONE', name: '独居老人', sortOrder: 1 }])
    throw new Error(`unexpected GET ${path}`)
  })
})

afterEach(async () => {
  await cleanup()
  vi.clearAllMocks()
})

async function mountResident(roles: Role[] = ['grid-worker']) {
  const { plugins } = await mobileSetup('/m/registry/residents/11', { roles, capabilities: capabilitiesFor(roles) })
  const wrapper = mount(MobileResident, {
    props: { id: 11 },
    global: { plugins, stubs: { transition: false } },
    attachTo: document.body,
  })
  await settle()
  return wrapper
}

const phone = (inner: string) => `[data-testid="resident-phone"] [data-testid="${inner}"]`

describe('MobileResident', () => {
  it('shows the resident masked, with care groups named and the household linked', async () => {
    const wrapper = await mountResident()
    expect(el('[data-testid="record-heading"]').textContent).toBe('张伟')
    expect(el('[data-testid="record-tags"]').textContent).toContain('独居老人')
    expect(el(phone('masked-value')).textContent).toBe('138****8000')
    expect(el('[data-testid="resident-id-card"] [data-testid="masked-value"]').textContent).toBe('110105********0011')
    expect(document.querySelector('[data-testid="call-link"]'), 'nothing to call before a reveal').toBeNull()
    expect(el('[data-testid="resident-household"]').textContent).toContain('幸福路9号')
    wrapper.unmount()
  })

  it('reveals the phone only with a reason, then offers a tel: link to call it', async () => {
    api.POST.mockResolvedValue(ok({ field: 'PHONE', value: '13800138000' }))
    const wrapper = await mountResident()
    await click(phone('reveal-button'))
    const dialog = el('.van-dialog')
    expect(document.getElementById(dialog.getAttribute('aria-labelledby')!)?.textContent, 'named by its title').toBe(
      '查看手机号',
    )
    await click('.van-dialog__confirm')
    expect(api.POST).not.toHaveBeenCalled()
    expect(fieldError('reveal-reason')).toBe('请填写查看原因')
    await type('[data-testid="reveal-reason"] textarea', '回')
    await click('.van-dialog__confirm')
    expect(api.POST).not.toHaveBeenCalled()
    expect(fieldError('reveal-reason')).toBe('原因至少 2 个字')

    await click('[data-testid="reveal-preset-visit"]')
    await click('.van-dialog__confirm')
    expect(api.POST).toHaveBeenCalledWith('/api/residents/{id}/reveal', {
      params: { path: { id: 11 } },
      body: { field: 'PHONE', reason: '入户走访前联系' },
    })
    expect(el(phone('revealed-value')).textContent).toBe('13800138000')
    const call = el<HTMLAnchorElement>(phone('call-link'))
    expect(call.getAttribute('href')).toBe('tel:13800138000')
    expect(call.getAttribute('aria-label')).toBe('拨打 13800138000')

    await click(phone('reveal-hide'))
    expect(document.querySelector('[data-testid="call-link"]')).toBeNull()
    expect(document.body.textContent).not.toContain('13800138000')
    wrapper.unmount()
  })

  it('reveals an ID number without a call link', async () => {
    api.POST.mockResolvedValue(ok({ field: 'ID_CARD', value: '110105198001010011' }))
    const wrapper = await mountResident()
    await click('[data-testid="resident-id-card"] [data-testid="reveal-button"]')
    await type('[data-testid="reveal-reason"] textarea', '核实居民信息')
    await click('.van-dialog__confirm')
    expect(api.POST.mock.calls[0]![1].body).toEqual({ field: 'ID_CARD', reason: '核实居民信息' })
    expect(el('[data-testid="resident-id-card"] [data-testid="revealed-value"]').textContent).toBe('110105198001010011')
    expect(document.querySelector('[data-testid="call-link"]')).toBeNull()
    wrapper.unmount()
  })

  it("shows the server's refusal of a reason next to it and keeps the number masked", async () => {
    api.POST.mockResolvedValue(
      problem(400, { title: 'Bad Request', violations: [{ field: 'reveal.body.reason', message: '原因无效' }] }),
    )
    const wrapper = await mountResident()
    await click(phone('reveal-button'))
    await type('[data-testid="reveal-reason"] textarea', '随便看看')
    await click('.van-dialog__confirm')
    expect(fieldError('reveal-reason')).toBe('原因无效')
    expect(el('[data-testid="resident-phone"]').getAttribute('data-revealed')).toBe('false')
    wrapper.unmount()
  })

  it('offers no reveal to a viewer', async () => {
    const wrapper = await mountResident(['viewer'])
    expect(el(phone('masked-value')).textContent).toBe('138****8000')
    expect(document.querySelector('[data-testid="reveal-button"]')).toBeNull()
    wrapper.unmount()
  })
})
