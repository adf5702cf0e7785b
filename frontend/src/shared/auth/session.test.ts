import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import type { Me } from '@/shared/api/types'
import { primaryRole, signOutPending, useSessionStore } from './session'

const me = (overrides: Partial<Me>): Me => ({
  username: 'u',
  displayName: 'U',
  phone: null,
  roles: ['grid-worker'],
  staffId: 1,
  scope: { all: false, areas: [] },
  capabilities: [],
  ...overrides,
})

describe('the session', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('answers can() from the capabilities /api/me reported, not from the roles', () => {
    const session = useSessionStore()
    expect(session.can('ISSUES_READ')).toBe(false)
    session.me = me({ roles: ['street-admin'], capabilities: ['ISSUES_READ', 'AREAS_READ'] })
    expect(session.can('ISSUES_READ')).toBe(true)
    expect(session.can('STAFF_MANAGE')).toBe(false)
    session.me = me({ roles: ['viewer'], capabilities: ['STAFF_MANAGE'] })
    expect(session.can('STAFF_MANAGE')).toBe(true)
  })

  it('shows the most powerful role', () => {
    expect(primaryRole(['viewer', 'community-staff'])).toBe('community-staff')
    expect(primaryRole(['volunteer', 'unit-liaison'])).toBe('unit-liaison')
    expect(primaryRole([])).toBeUndefined()
  })

  it('opens offline as a stored worker, and a sign-out there ends the Keycloak session at the next online start', async () => {
    const session = useSessionStore()
    const reload = vi.fn()
    vi.stubGlobal('location', { ...window.location, reload })
    session.startOffline(me({ username: 'zhangwei', capabilities: ['VISITS_RECORD'] }))
    expect(session.offline).toBe(true)
    expect(session.can('VISITS_RECORD')).toBe(true)
    await session.logout()
    expect(reload).toHaveBeenCalled()
    expect(signOutPending()).toBe(true)
    expect(signOutPending()).toBe(false)
    vi.unstubAllGlobals()
  })
})
