import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { createPinia, setActivePinia } from 'pinia'
import { createAppI18n } from '@/shared/i18n'
import ResidentFormDialog from '@/features/registry/office/ResidentFormDialog.vue'

const api = vi.hoisted(() => ({ GET: vi.fn(), POST: vi.fn(), PUT: vi.fn() }))
vi.mock('@/shared/api/client', () => ({ api, ifMatch: (path: string) => `etag-of:${path}` }))

const ok = (data: unknown, status = 200) => ({ data, response: new Response(null, { status }) })
const problem = (status: number, body: object) => ({
  error: { status, ...body },
  response: new Response(null, { status }),
})

const DICTIONARY: Record<string, [string, string][]> = {
  ETHNICITY: [
    ['01', '汉族'],
    ['03', '回族'],
  ],
  RELATION: [
    ['HEAD', '户主'],
    ['SPOUSE', '配偶'],
  ],
  REGISTRATION_TYPE: [['LOCAL', '户籍人口']],
}

beforeEach(() => {
  setActivePinia(createPinia())
  api.GET.mockImplementation(async (path: string, init: { params: { query: { category: string } } }) => {
    if (path === '/api/dictionary') {
      const category = init.params.query.category
      return ok((DICTIONARY[category] ?? []).map(([code, name], i) => ({ category, code, name, sortOrder: i })))
    }
    throw new Error(`unexpected GET ${path}`)
  })
})

afterEach(() => {
  document.body.innerHTML = ''
  vi.clearAllMocks()
})

function mountDialog(props: { householdId?: number; residentId?: number } = { householdId: 7 }) {
  return mount(ResidentFormDialog, {
    props: { modelValue: true, ...props },
    global: {
      plugins: [ElementPlus, createAppI18n('zh-CN')],
      stubs: { transition: false, 'transition-group': false, RouterLink: { template: '<a><slot /></a>' } },
    },
    attachTo: document.body,
  })
}

function input(testid: string): HTMLInputElement {
  const el = document.querySelector<HTMLInputElement>(`[data-testid="${testid}"] input, input[data-testid="${testid}"]`)
  if (!el) throw new Error(`no input ${testid}`)
  return el
}

async function type(testid: string, value: string) {
  const el = input(testid)
  el.value = value
  el.dispatchEvent(new Event('input'))
  await flushPromises()
}

async function settle() {
  await flushPromises()
  await new Promise((resolve) => setTimeout(resolve, 150))
  await flushPromises()
}

const text = (testid: string) => document.querySelector(`[data-testid="${testid}"]`)?.textContent?.trim()
function idError(): string | undefined {
  return input('resident-id-card').closest('.el-form-item')?.querySelector('.el-form-item__error')?.textContent?.trim()
}

describe('ResidentFormDialog', () => {
  it('derives birth date and gender from the ID number as it is typed', async () => {
    const wrapper = mountDialog()
    await flushPromises()
    expect(text('derived-birth-date')).toBe('—')

    await type('resident-id-card', '11010519491231')
    expect(text('derived-birth-date')).toBe('1949-12-31')
    expect(text('derived-gender')).toBe('—')

    await type('resident-id-card', '11010519491231002x')
    await settle()
    expect(text('derived-birth-date')).toBe('1949-12-31')
    expect(text('derived-gender')).toBe('女')
    expect(document.querySelector('[data-testid="id-card-ok"]')).not.toBeNull()
    expect(idError()).toBeUndefined()
    wrapper.unmount()
  })

  it('says what is wrong with the number while typing', async () => {
    const wrapper = mountDialog()
    await flushPromises()
    await type('resident-id-card', '11010519491331')
    await settle()
    expect(idError()).toBe('身份证号中的出生日期无效')

    await type('resident-id-card', '110105194912310021')
    await settle()
    expect(idError()).toBe('身份证号校验位不正确，请核对')
    expect(text('derived-gender')).toBe('女')
    expect(document.querySelector('[data-testid="id-card-ok"]')).toBeNull()
    wrapper.unmount()
  })

  it('sends the derived birth date and gender, and shows a duplicate ID next to the field', async () => {
    api.POST.mockResolvedValue(
      problem(409, {
        title: 'Conflict',
        detail: '该身份证号已登记',
        existingId: 99,
        violations: [{ field: 'idCard', message: '该身份证号已登记' }],
      }),
    )
    const wrapper = mountDialog({ householdId: 7 })
    await flushPromises()
    await type('resident-name', '王秀兰')
    await type('resident-id-card', '11010519491231002X')
    // relation has no default: pick 户主
    ;(wrapper.vm as unknown as { $: { setupState: { form: { relation: string } } } }).$.setupState.form.relation =
      'HEAD'
    await flushPromises()
    document.querySelector<HTMLButtonElement>('[data-testid="resident-submit"]')!.click()
    await settle()

    expect(api.POST).toHaveBeenCalledWith('/api/residents', {
      body: expect.objectContaining({
        householdId: 7,
        name: '王秀兰',
        idCard: '11010519491231002X',
        birthDate: '1949-12-31',
        gender: 'F',
        ethnicity: '01',
        relation: 'HEAD',
        registrationType: 'LOCAL',
      }),
    })
    expect(idError()).toBe('该身份证号已登记')
    expect(document.querySelector('[data-testid="resident-duplicate"]')).not.toBeNull()
    expect(wrapper.emitted('saved')).toBeUndefined()
    wrapper.unmount()
  })

  it('does not call the server with an invalid number', async () => {
    const wrapper = mountDialog()
    await flushPromises()
    await type('resident-name', '王秀兰')
    await type('resident-id-card', '1101051949')
    document.querySelector<HTMLButtonElement>('[data-testid="resident-submit"]')!.click()
    await settle()
    expect(api.POST).not.toHaveBeenCalled()
    expect(idError()).toBe('身份证号应为 18 位')
    wrapper.unmount()
  })
})
