import { describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { answers, bootPath, isPhonePath, reloadOnNextPageWhenOnline, type BootPath } from './boot'

describe('how the app starts', () => {
  // reachable × profile × phone → path
  const table: [boolean, boolean, boolean, BootPath][] = [
    [true, true, true, 'sign-in'],
    [true, true, false, 'sign-in'],
    [true, false, true, 'sign-in'],
    [true, false, false, 'sign-in'],
    [false, true, true, 'offline'],
    [false, true, false, 'failure'],
    [false, false, true, 'failure'],
    [false, false, false, 'failure'],
  ]
  it.each(table)('reachable %s, profile %s, phone page %s: %s', (reachable, profile, phone, path) => {
    expect(bootPath({ reachable, profile, phone })).toBe(path)
  })

  it('knows the phone pages', () => {
    expect(isPhonePath('/m')).toBe(true)
    expect(isPhonePath('/m/visits/new')).toBe(true)
    expect(isPhonePath('/')).toBe(false)
    expect(isPhonePath('/workbench')).toBe(false)
    expect(isPhonePath('/mobile-settings')).toBe(false)
  })

  it('asks whether Keycloak answers, without reading the answer', async () => {
    const up = vi.fn(async () => new Response(null))
    expect(await answers('http://kc/realms/gridwork', up as unknown as typeof fetch)).toBe(true)
    expect(up).toHaveBeenCalledWith('http://kc/realms/gridwork', { mode: 'no-cors', cache: 'no-store' })
    const down = vi.fn(async () => Promise.reject(new TypeError('Failed to fetch')))
    expect(await answers('http://kc/realms/gridwork', down as unknown as typeof fetch)).toBe(false)
  })

  function setUp() {
    const page = { template: '<div />' }
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [
        { path: '/m', component: page },
        { path: '/m/visits', component: page },
        { path: '/m/visits/new', name: 'mobile-visit-new', component: page },
        { path: '/m/outbox', component: page },
      ],
    })
    const win = new EventTarget() as EventTarget & { location: { assign: (url: string) => void } }
    win.location = { assign: vi.fn() }
    reloadOnNextPageWhenOnline(router, win as unknown as Parameters<typeof reloadOnNextPageWhenOnline>[1])
    return { router, win }
  }

  it('in offline mode, reloads a page with nothing typed in it as soon as the network is back', async () => {
    const { router, win } = setUp()
    await router.push('/m/outbox')
    expect(win.location.assign).not.toHaveBeenCalled()
    win.dispatchEvent(new Event('online'))
    expect(win.location.assign).toHaveBeenCalledWith('/m/outbox')
  })

  it('in offline mode, leaves a form alone once the network is back and opens the next page as a full load', async () => {
    const { router, win } = setUp()
    await router.push('/m')
    await router.push('/m/visits/new')
    win.dispatchEvent(new Event('online'))
    expect(win.location.assign).not.toHaveBeenCalled()
    await router.push('/m/visits')
    expect(win.location.assign).toHaveBeenCalledWith('/m/visits')
    expect(router.currentRoute.value.path).toBe('/m/visits/new')
  })
})
