import { afterEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import HoursExportView from './HoursExportView.vue'
import { el, settle, setup, stubs, type } from '@/shared/testing/office'
import { shanghaiToday } from '@/shared/time/dates'

const calls = vi.hoisted(() => ({ exportHours: vi.fn(), saveBlob: vi.fn() }))
vi.mock('../api', () => ({ exportHours: calls.exportHours }))
vi.mock('@/shared/api/download', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/shared/api/download')>()),
  saveBlob: calls.saveBlob,
}))
vi.mock('@/features/areas', async (importOriginal) => {
  const { ref } = await import('vue')
  return {
    ...(await importOriginal<typeof import('@/features/areas')>()),
    useAreaTree: () => ({ tree: ref([]), loadTree: async () => undefined }),
  }
})

afterEach(() => {
  document.body.innerHTML = ''
  vi.clearAllMocks()
})

async function mountView(roles: string[] = ['community-staff']) {
  const { plugins } = await setup({ roles: roles as never })
  const wrapper = mount(HoursExportView, { global: { plugins, stubs }, attachTo: document.body })
  await settle()
  return wrapper
}

describe('HoursExportView', () => {
  it('exports this year so far, masked, under the name the server gave', async () => {
    const blob = new Blob(['PK'])
    calls.exportHours.mockResolvedValue({ blob, name: '志愿服务时长.xlsx' })
    await mountView()
    el('[data-testid="hours-export-submit"]').click()
    await settle()
    const today = shanghaiToday()
    expect(calls.exportHours).toHaveBeenCalledWith({ from: `${today.slice(0, 4)}-01-01`, to: today, areaId: undefined })
    expect(calls.saveBlob).toHaveBeenCalledWith(blob, '志愿服务时长.xlsx')
  })

  it('asks for a reason before full ID numbers are exported, and sends it', async () => {
    calls.exportHours.mockResolvedValue({ blob: new Blob(['PK']), name: 'a.xlsx' })
    await mountView()
    el('[data-testid="hours-export-plaintext"] input').click()
    await settle()
    el('[data-testid="hours-export-submit"]').click()
    await settle()
    expect(calls.exportHours).not.toHaveBeenCalled()
    expect(document.body.textContent).toContain('请填写导出原因')
    await type('hours-export-reason', '上报全国志愿服务信息系统')
    el('[data-testid="hours-export-submit"]').click()
    await settle()
    expect(calls.exportHours).toHaveBeenCalledWith(
      expect.objectContaining({ reveal: true, reason: '上报全国志愿服务信息系统' }),
    )
  })

  it('offers full ID numbers only to those who may reveal them', async () => {
    const wrapper = await mountView(['viewer'])
    expect(wrapper.find('[data-testid="hours-export-plaintext"]').exists()).toBe(false)
  })
})
