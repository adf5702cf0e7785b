import { afterEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import CertificateButton from './CertificateButton.vue'
import { el, settle, setup, stubs } from '@/shared/testing/office'
import { shanghaiToday } from '@/shared/time/dates'

const calls = vi.hoisted(() => ({ volunteerCertificate: vi.fn(), saveBlob: vi.fn() }))
vi.mock('../api', () => ({ volunteerCertificate: calls.volunteerCertificate }))
vi.mock('@/shared/api/download', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/shared/api/download')>()),
  saveBlob: calls.saveBlob,
}))

afterEach(() => {
  document.body.innerHTML = ''
  vi.clearAllMocks()
})

async function mountButton(roles: string[]) {
  const { plugins } = await setup({ roles: roles as never })
  const wrapper = mount(CertificateButton, {
    props: { volunteerId: 42 },
    global: { plugins, stubs },
    attachTo: document.body,
  })
  await settle()
  return wrapper
}

describe('CertificateButton', () => {
  it('downloads the certificate of this year so far, under the name the server gave', async () => {
    const blob = new Blob(['%PDF-'], { type: 'application/pdf' })
    calls.volunteerCertificate.mockResolvedValue({ blob, name: '志愿服务证明-王秀英-JD-2026-000001.pdf' })
    await mountButton(['community-staff'])
    el('[data-testid="certificate-button"]').click()
    await settle()
    el('[data-testid="certificate-download"]').click()
    await settle()
    const today = shanghaiToday()
    expect(calls.volunteerCertificate).toHaveBeenCalledWith(42, [`${today.slice(0, 4)}-01-01`, today])
    expect(calls.saveBlob).toHaveBeenCalledWith(blob, '志愿服务证明-王秀英-JD-2026-000001.pdf')
  })

  it('is not offered to a role that may not read hours', async () => {
    const wrapper = await mountButton(['unit-liaison'])
    expect(wrapper.find('[data-testid="certificate-button"]').exists()).toBe(false)
  })
})
