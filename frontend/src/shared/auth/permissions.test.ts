import { describe, expect, it } from 'vitest'
import { capabilitiesOf, primaryRole, type Permission } from '@/shared/auth/permissions'
import { API_CLIENT_ROLES } from '@/features/apiclients/model'
import type { Role } from '@/shared/api/types'

const may = (roles: Role[], permission: Permission, wholePlatform = false) =>
  capabilitiesOf({ roles, scope: { all: wholePlatform, areas: [] } }).includes(permission)

describe('other rules', () => {
  it('only a whole-platform street-admin creates sub-districts', () => {
    expect(may(['street-admin'], 'SUB_DISTRICTS_CREATE', true)).toBe(true)
    expect(may(['street-admin'], 'SUB_DISTRICTS_CREATE', false)).toBe(false)
    expect(may(['community-staff'], 'SUB_DISTRICTS_CREATE', true)).toBe(false)
  })

  it('only street-admins manage staff', () => {
    expect(may(['street-admin'], 'STAFF_MANAGE')).toBe(true)
    expect(may(['community-staff', 'viewer'], 'STAFF_MANAGE')).toBe(false)
  })

  it('lets street-admins register systems, as community staff, grid workers or viewers only', () => {
    expect(may(['street-admin'], 'API_CLIENTS_MANAGE')).toBe(true)
    expect(may(['community-staff', 'grid-worker', 'viewer'], 'API_CLIENTS_MANAGE')).toBe(false)
    expect(API_CLIENT_ROLES).toEqual(['community-staff', 'grid-worker', 'viewer'])
  })

  it('lets street-admins and community staff write areas, and everyone read them', () => {
    expect(may(['street-admin'], 'AREAS_WRITE')).toBe(true)
    expect(may(['community-staff'], 'AREAS_WRITE')).toBe(true)
    expect(may(['grid-worker', 'viewer', 'volunteer', 'unit-liaison'], 'AREAS_WRITE')).toBe(false)
    for (const role of ['street-admin', 'community-staff', 'grid-worker', 'volunteer', 'unit-liaison', 'viewer'] as const) {
      expect(may([role], 'AREAS_READ'), role).toBe(true)
    }
    expect(may([], 'AREAS_READ')).toBe(false)
  })

  it('shows the most powerful role', () => {
    expect(primaryRole(['viewer', 'community-staff'])).toBe('community-staff')
    expect(primaryRole(['volunteer', 'unit-liaison'])).toBe('unit-liaison')
    expect(primaryRole([])).toBeUndefined()
  })
})

describe('registry permissions', () => {
  const table: [Role, { read: boolean; write: boolean; reveal: boolean; importExport: boolean; audit: boolean; others: boolean }][] = [
    ['street-admin', { read: true, write: true, reveal: true, importExport: true, audit: true, others: true }],
    ['community-staff', { read: true, write: true, reveal: true, importExport: true, audit: true, others: true }],
    ['grid-worker', { read: true, write: true, reveal: true, importExport: true, audit: true, others: false }],
    ['viewer', { read: true, write: false, reveal: false, importExport: false, audit: false, others: false }],
    ['volunteer', { read: false, write: false, reveal: false, importExport: false, audit: false, others: false }],
    ['unit-liaison', { read: false, write: false, reveal: false, importExport: false, audit: false, others: false }],
  ]
  it.each(table)('%s', (role, expected) => {
    expect(may([role], 'REGISTRY_READ')).toBe(expected.read)
    expect(may([role], 'REGISTRY_WRITE')).toBe(expected.write)
    expect(may([role], 'REGISTRY_REVEAL')).toBe(expected.reveal)
    expect(may([role], 'REGISTRY_IMPORT')).toBe(expected.importExport)
    expect(may([role], 'REGISTRY_EXPORT')).toBe(expected.importExport)
    expect(may([role], 'AUDIT_READ')).toBe(expected.audit)
    expect(may([role], 'AUDIT_READ_OTHERS')).toBe(expected.others)
  })

  it('takes the most permissive of several roles', () => {
    expect(may(['viewer', 'grid-worker'], 'REGISTRY_WRITE')).toBe(true)
    expect(may([], 'REGISTRY_READ')).toBe(false)
  })
})
