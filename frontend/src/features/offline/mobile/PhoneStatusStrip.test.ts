import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { useSessionStore } from '@/shared/auth/session'
import { cleanup, click, mobileSetup, settle } from '@/shared/testing/mobile'
import type { OutboxItem } from '../model/outbox'
import { useOfflineStore } from '../store'
import PhoneStatusStrip from './PhoneStatusStrip.vue'

// the service worker's registration (vite-plugin-pwa's virtual module): the test plays its callbacks
const sw = vi.hoisted(() => ({
  update: vi.fn(async () => {}),
  options: undefined as undefined | { onNeedRefresh?: () => void },
}))
vi.mock('virtual:pwa-register', () => ({
  registerSW: (options: { onNeedRefresh?: () => void }) => {
    sw.options = options
    return sw.update
  },
}))

const text = () => document.body.textContent ?? ''
const shown = (id: string) => !!document.querySelector(`[data-testid="${id}"]`)

async function mountStrip(state: { online?: boolean; capable?: boolean; unsent?: number; offlineMode?: boolean }) {
  const { plugins } = await mobileSetup('/m')
  const store = useOfflineStore()
  store.online = state.online ?? true
  store.capable = state.capable ?? true
  store.items = Array.from({ length: state.unsent ?? 0 }, (_, i) => ({ id: `i${i}`, state: 'waiting' }) as OutboxItem)
  if (state.offlineMode) useSessionStore().offline = true
  mount(PhoneStatusStrip, { global: { plugins }, attachTo: document.body })
  await settle()
  return store
}

beforeEach(() => {
  Object.defineProperty(navigator, 'serviceWorker', { value: {}, configurable: true })
})

afterEach(async () => {
  await cleanup()
  sw.options = undefined
  vi.clearAllMocks()
})

describe('the phone status strip', () => {
  it('takes no room when online, capable, up to date and with nothing unsent', async () => {
    await mountStrip({})
    expect(document.querySelector('.gw-status-strip')).toBeNull()
  })

  it('says there is no network, and that records stay on the phone', async () => {
    const store = await mountStrip({ online: false })
    expect(shown('phone-no-network')).toBe(true)
    expect(text()).toContain('记录先保存在本机')
    store.online = true
    await settle()
    expect(shown('phone-no-network')).toBe(false)
  })

  it('shows offline mode, and offers to sign in again once the network is back', async () => {
    const store = await mountStrip({ online: false, offlineMode: true })
    expect(text()).toContain('离线模式')
    expect(shown('phone-no-network')).toBe(false)
    expect(shown('phone-sign-in-again')).toBe(false)
    store.online = true
    await settle()
    expect(text()).toContain('网络已恢复')
    expect(shown('phone-sign-in-again')).toBe(true)
  })

  it('says a browser without offline storage works online only, and never that records stay on the phone', async () => {
    await mountStrip({ capable: false, online: false })
    expect(text()).toContain('当前浏览器仅支持在线使用，离线时无法保存')
    expect(text()).not.toContain('记录先保存在本机')
  })

  it('links the unsent count to the outbox', async () => {
    await mountStrip({ unsent: 3 })
    const link = document.querySelector<HTMLAnchorElement>('[data-testid="phone-unsent"]')
    expect(link?.textContent?.trim()).toBe('3 条未发送')
    expect(link?.getAttribute('href')).toBe('/m/outbox')
  })

  it('registers the service worker and offers a waiting version now or at the next start', async () => {
    await mountStrip({})
    expect(sw.options).toBeDefined()
    sw.options?.onNeedRefresh?.()
    await settle()
    expect(text()).toContain('有新版本可用')
    await click('[data-testid="phone-update-now"]')
    expect(sw.update).toHaveBeenCalledWith(true)
    await click('[data-testid="phone-update-later"]')
    expect(shown('phone-update')).toBe(false)
  })
})
