import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Me } from '@/shared/api/types'
import { OfflineDb, offlineDb, useOfflineDb } from './db'
import { enqueue } from './outbox'
import { loadProfile, saveProfile } from './profile'
import { signOutOfDevice } from './signOut'
import { deviceId } from './deviceId'
import { forgetDevice } from './api'

vi.mock('./api', () => ({ forgetDevice: vi.fn(async () => {}) }))

const me = { username: 'zhangwei', displayName: '张伟' } as Me

async function withUnsent(n: number): Promise<void> {
  await saveProfile(me)
  for (let i = 0; i < n; i++) {
    await enqueue({ owner: me.username, kind: 'visit.create', path: '/api/visits', body: { i }, label: `走访 ${i}` })
  }
}

describe('signing out on a device', () => {
  beforeEach(() => useOfflineDb(new OfflineDb('t-' + Math.random())))

  it('asks first when records are unsent, and keeps everything when the worker stays', async () => {
    await withUnsent(2)
    const confirm = vi.fn(async () => false)
    const logout = vi.fn(async () => {})
    expect(await signOutOfDevice(me.username, confirm, logout)).toBe(false)
    expect(confirm).toHaveBeenCalledWith(2)
    expect(logout).not.toHaveBeenCalled()
    expect(await offlineDb().outbox.count()).toBe(2)
    expect(await loadProfile()).toEqual(me)
  })

  it('clears the device before Keycloak when the worker signs out anyway', async () => {
    await withUnsent(1)
    const seenAtLogout: number[] = []
    const logout = vi.fn(async () => void seenAtLogout.push(await offlineDb().outbox.count()))
    expect(await signOutOfDevice(me.username, async () => true, logout)).toBe(true)
    expect(seenAtLogout).toEqual([0])
    expect(await loadProfile()).toBeUndefined()
    // the office stops counting this device
    expect(forgetDevice).toHaveBeenCalledWith(await deviceId())
  })

  it('signs out even when the server cannot be told (no network)', async () => {
    vi.mocked(forgetDevice).mockRejectedValueOnce(new TypeError('Failed to fetch'))
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const logout = vi.fn(async () => {})
    expect(await signOutOfDevice(me.username, async () => true, logout)).toBe(true)
    expect(logout).toHaveBeenCalled()
    expect(await loadProfile()).toBeUndefined()
  })

  it('tells the question there is nothing unsent', async () => {
    await withUnsent(0)
    const confirm = vi.fn(async () => true)
    await signOutOfDevice(me.username, confirm, async () => {})
    expect(confirm).toHaveBeenCalledWith(0)
    expect(await loadProfile()).toBeUndefined()
  })
})
