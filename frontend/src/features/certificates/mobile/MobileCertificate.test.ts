import { afterEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import MobileCertificate from './MobileCertificate.vue'
import { cleanup, click, el, mobileSetup, settle, type } from '@/shared/testing/mobile'
import { shanghaiToday } from '@/shared/time/dates'

const calls = vi.hoisted(() => ({ ownCertificate: vi.fn(), saveBlob: vi.fn() }))
vi.mock('../api', () => ({ ownCertificate: calls.ownCertificate }))
vi.mock('@/shared/api/download', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/shared/api/download')>()),
  saveBlob: calls.saveBlob,
}))

afterEach(async () => {
  await cleanup()
  vi.clearAllMocks()
})

async function mountPage() {
  const { plugins } = await mobileSetup('/m', { roles: ['volunteer'] })
  mount(MobileCertificate, { global: { plugins, stubs: { transition: false } }, attachTo: document.body })
  await settle()
}

describe('MobileCertificate', () => {
  it('downloads last year when it is chosen', async () => {
    const blob = new Blob(['%PDF-'])
    calls.ownCertificate.mockResolvedValue({ blob, name: 'a.pdf' })
    await mountPage()
    await click('[data-testid="certificate-last-year"]')
    await click('[data-testid="certificate-download"]')
    await settle()
    const last = Number(shanghaiToday().slice(0, 4)) - 1
    expect(calls.ownCertificate).toHaveBeenCalledWith([`${last}-01-01`, `${last}-12-31`])
    expect(calls.saveBlob).toHaveBeenCalledWith(blob, 'a.pdf')
  })

  it('says what is wrong with a reversed period and sends nothing', async () => {
    await mountPage()
    await type('[data-testid="certificate-from"] input', '2026-03-02')
    await type('[data-testid="certificate-to"] input', '2026-03-01')
    expect(document.body.textContent).toContain('结束日期不能早于开始日期')
    expect(el<HTMLButtonElement>('[data-testid="certificate-download"]').disabled).toBe(true)
    await click('[data-testid="certificate-download"]')
    expect(calls.ownCertificate).not.toHaveBeenCalled()
  })
})
