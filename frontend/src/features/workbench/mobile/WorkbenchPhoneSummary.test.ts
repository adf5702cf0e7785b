import { describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { mobileSetup, settle } from '@/shared/testing/mobile'
import { useSessionStore } from '@/shared/auth/session'
import WorkbenchPhoneSummary from './WorkbenchPhoneSummary.vue'
import { getWorkbench } from '../api'

vi.mock('../api', () => ({ getWorkbench: vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))) }))
const toastError = vi.hoisted(() => vi.fn())
vi.mock('@/shared/mobile/errors', () => ({ toastError }))

describe("the phone home's workbench block", () => {
  it('asks nothing in offline mode (no sign-in to ask with), so no network error pops up', async () => {
    const { plugins } = await mobileSetup('/m')
    useSessionStore().offline = true
    const wrapper = mount(WorkbenchPhoneSummary, { global: { plugins } })
    await settle()
    expect(getWorkbench).not.toHaveBeenCalled()
    expect(toastError).not.toHaveBeenCalled()
    wrapper.unmount()
  })

  it('says so when the counts cannot be read online', async () => {
    const { plugins } = await mobileSetup('/m')
    const wrapper = mount(WorkbenchPhoneSummary, { global: { plugins } })
    await settle()
    expect(getWorkbench).toHaveBeenCalled()
    expect(toastError).toHaveBeenCalled()
    wrapper.unmount()
  })
})
