import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { reactive } from 'vue'
import { createPinia, setActivePinia } from 'pinia'
import type { Me } from '@/shared/api/types'
import { OfflineDb, useOfflineDb } from './db'
import { loadProfile } from './profile'
import { rememberWorker } from './signIn'
import { useOfflineStore } from './store'
import { reportSynced } from './sync'
import { deviceId } from './deviceId'
import { reportDeviceSync } from './api'

vi.mock('./api', () => ({ reportDeviceSync: vi.fn(async () => ({})) }))

const me: Me = {
  username: 'zhangwei',
  displayName: '张伟',
  phone: null,
  roles: ['grid-worker'],
  staffId: 3,
  scope: { all: false, areas: [{ id: 5, level: 'GRID', code: 'G1', name: '第一网格' }] },
  capabilities: ['VISITS_RECORD'],
} as Me

describe('after an online sign-in', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    useOfflineDb(new OfflineDb('t-' + Math.random()))
  })

  it("keeps the session's worker (a reactive object) on the device and watches their outbox", async () => {
    const store = useOfflineStore()
    store.capable = true
    await rememberWorker(reactive(structuredClone(me)))
    expect(await loadProfile()).toEqual(me)
    expect(store.owner).toBe('zhangwei')
    store.stop()
  })

  it('reports each successful sync of this device to the server, once however often the worker signs in', async () => {
    const store = useOfflineStore()
    store.capable = true
    await rememberWorker(me)
    await rememberWorker(me)
    await reportSynced('zhangwei')
    expect(reportDeviceSync).toHaveBeenCalledTimes(1)
    expect(reportDeviceSync).toHaveBeenCalledWith(await deviceId(), 0)
    store.stop()
  })

  it('keeps nothing where the browser cannot (online only)', async () => {
    const store = useOfflineStore()
    store.capable = false
    const error = vi.spyOn(console, 'error')
    await rememberWorker(me)
    expect(await loadProfile()).toBeUndefined()
    expect(error).not.toHaveBeenCalled()
    store.stop()
  })
})
