import { describe, expect, it, vi } from 'vitest'
import { answers, bootPath, isPhonePath, type BootPath } from './boot'

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
})
