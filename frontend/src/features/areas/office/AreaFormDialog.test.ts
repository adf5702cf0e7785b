import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { createAppI18n } from '@/shared/i18n'
import AreaFormDialog from '@/features/areas/office/AreaFormDialog.vue'
import type { AreaLevel } from '@/shared/api/types'

const api = vi.hoisted(() => ({ GET: vi.fn(), POST: vi.fn(), PUT: vi.fn() }))
vi.mock('@/shared/api/client', () => ({ api, ifMatch: (path: string) => `etag-of:${path}` }))

function problem(status: number, body: object) {
  return { error: { status, ...body }, response: new Response(null, { status }) }
}

function mountDialog(props: { level: AreaLevel; parent?: { id: number; name: string }; areaId?: number }) {
  return mount(AreaFormDialog, {
    props: { modelValue: true, ...props },
    global: {
      plugins: [ElementPlus, createAppI18n('zh-CN')],
      stubs: { transition: false, 'transition-group': false },
    },
    attachTo: document.body,
  })
}

async function fill(selector: string, value: string) {
  const input = document.querySelector<HTMLInputElement>(
    `[data-testid="${selector}"] input, input[data-testid="${selector}"]`,
  )
  if (!input) throw new Error(`no input ${selector}`)
  input.value = value
  input.dispatchEvent(new Event('input'))
  await flushPromises()
}

/** Element Plus shows a form item's error 100 ms after the state changes (debounced). */
async function settle() {
  await flushPromises()
  await new Promise((resolve) => setTimeout(resolve, 150))
  await flushPromises()
}

function formItemError(testid: string): string | undefined {
  const item = document.querySelector(`[data-testid="${testid}"]`)?.closest('.el-form-item')
  return item?.querySelector('.el-form-item__error')?.textContent?.trim()
}

describe('AreaFormDialog', () => {
  afterEach(() => {
    document.body.innerHTML = ''
    vi.clearAllMocks()
  })

  it('shows server violations next to their fields', async () => {
    api.POST.mockResolvedValue(
      problem(400, {
        title: 'Bad Request',
        violations: [
          { field: 'create.body.code', message: '同一上级下编码已存在' },
          { field: 'create.body.name', message: '名称不能包含特殊字符' },
        ],
      }),
    )
    const wrapper = mountDialog({ level: 'GRID', parent: { id: 3, name: '幸福里社区' } })
    await flushPromises()
    await fill('area-name', '第一网格')
    await fill('area-code', 'G-01')
    document.querySelector<HTMLButtonElement>('[data-testid="area-submit"]')!.click()
    await settle()

    expect(api.POST).toHaveBeenCalledWith('/api/areas', {
      body: expect.objectContaining({ level: 'GRID', parentId: 3, code: 'G-01', name: '第一网格' }),
    })
    expect(formItemError('area-code')).toBe('同一上级下编码已存在')
    expect(formItemError('area-name')).toBe('名称不能包含特殊字符')
    expect(wrapper.emitted('saved')).toBeUndefined()
    wrapper.unmount()
  })

  it('loads the area on edit and saves it with PUT', async () => {
    const area = {
      id: 9,
      level: 'GRID',
      code: 'G1',
      name: '第一网格',
      ancestors: [],
      childCount: 0,
      gridWorkers: [],
      version: 2,
    }
    api.GET.mockResolvedValue({ data: area, response: new Response(null, { status: 200 }) })
    api.PUT.mockResolvedValue({
      data: { ...area, name: '一网格', version: 3 },
      response: new Response(null, { status: 200 }),
    })
    const wrapper = mountDialog({ level: 'GRID', areaId: 9 })
    await flushPromises()
    expect(
      document.querySelector<HTMLInputElement>('[data-testid="area-name"] input, input[data-testid="area-name"]')!
        .value,
    ).toBe('第一网格')

    await fill('area-name', '一网格')
    document.querySelector<HTMLButtonElement>('[data-testid="area-submit"]')!.click()
    await settle()

    expect(api.PUT).toHaveBeenCalledWith('/api/areas/{id}', {
      params: { path: { id: 9 }, header: { 'If-Match': 'etag-of:/api/areas/9' } },
      body: expect.objectContaining({ code: 'G1', name: '一网格' }),
    })
    expect(wrapper.emitted('saved')?.[0]?.[0]).toMatchObject({ name: '一网格', version: 3 })
    wrapper.unmount()
  })

  it('does not call the server when the code is malformed', async () => {
    const wrapper = mountDialog({ level: 'COMMUNITY', parent: { id: 1, name: '街道' } })
    await flushPromises()
    await fill('area-name', '幸福里社区')
    await fill('area-code', '幸福里')
    document.querySelector<HTMLButtonElement>('[data-testid="area-submit"]')!.click()
    await settle()
    expect(api.POST).not.toHaveBeenCalled()
    expect(formItemError('area-code')).toContain('编码只能包含')
    wrapper.unmount()
  })
})
