import { describe, expect, it } from 'vitest'
import {
  auditSeesOthers,
  canExportRegistry,
  canImportRegistry,
  canReadAudit,
  canReadRegistry,
  canReveal,
  canWriteRegistry,
  canCreateSubDistrict,
  canManageStaff,
  canManageApiClients,
  API_CLIENT_ROLES,
  canWriteArea,
  canWriteLevel,
  creatableChildLevel,
  primaryRole,
  scopeLevelsFor,
  scopeRequired,
} from '@/shared/auth/permissions'
import type { AreaLevel, Role } from '@/shared/api/types'

const LEVELS: AreaLevel[] = ['SUB_DISTRICT', 'COMMUNITY', 'GRID', 'BUILDING']

describe('who may write which level', () => {
  const table: [Role, AreaLevel[]][] = [
    ['street-admin', ['SUB_DISTRICT', 'COMMUNITY', 'GRID', 'BUILDING']],
    ['community-staff', ['GRID', 'BUILDING']],
    ['grid-worker', []],
    ['volunteer', []],
    ['unit-liaison', []],
    ['viewer', []],
  ]
  it.each(table)('%s writes %j', (role, writable) => {
    for (const level of LEVELS) expect(canWriteLevel([role], level), `${role} ${level}`).toBe(writable.includes(level))
  })

  it('never writes outside the scope', () => {
    expect(canWriteArea(['street-admin'], { level: 'COMMUNITY', inScope: false })).toBe(false)
    expect(canWriteArea(['community-staff'], { level: 'GRID', inScope: true })).toBe(true)
    expect(canWriteArea(['community-staff'], { level: 'COMMUNITY', inScope: true })).toBe(false)
  })
})

describe('creatableChildLevel', () => {
  it('gives the level below for a street-admin', () => {
    expect(creatableChildLevel(['street-admin'], { level: 'SUB_DISTRICT', inScope: true })).toBe('COMMUNITY')
    expect(creatableChildLevel(['street-admin'], { level: 'COMMUNITY', inScope: true })).toBe('GRID')
    expect(creatableChildLevel(['street-admin'], { level: 'GRID', inScope: true })).toBe('BUILDING')
    expect(creatableChildLevel(['street-admin'], { level: 'BUILDING', inScope: true })).toBeNull()
  })

  it('lets community staff add grids and buildings, not communities', () => {
    expect(creatableChildLevel(['community-staff'], { level: 'SUB_DISTRICT', inScope: false })).toBeNull()
    expect(creatableChildLevel(['community-staff'], { level: 'SUB_DISTRICT', inScope: true })).toBeNull()
    expect(creatableChildLevel(['community-staff'], { level: 'COMMUNITY', inScope: true })).toBe('GRID')
    expect(creatableChildLevel(['community-staff'], { level: 'GRID', inScope: true })).toBe('BUILDING')
  })

  it('gives grid workers and viewers nothing', () => {
    expect(creatableChildLevel(['grid-worker'], { level: 'GRID', inScope: true })).toBeNull()
    expect(creatableChildLevel(['viewer'], { level: 'COMMUNITY', inScope: true })).toBeNull()
  })
})

describe('other rules', () => {
  it('only a whole-platform street-admin creates sub-districts', () => {
    expect(canCreateSubDistrict({ roles: ['street-admin'], scope: { all: true, areas: [] } })).toBe(true)
    const scoped = { all: false, areas: [{ id: 1, level: 'SUB_DISTRICT' as const, code: 'A', name: 'A' }] }
    expect(canCreateSubDistrict({ roles: ['street-admin'], scope: scoped })).toBe(false)
    expect(canCreateSubDistrict({ roles: ['community-staff'], scope: { all: true, areas: [] } })).toBe(false)
  })

  it('only street-admins manage staff', () => {
    expect(canManageStaff(['street-admin'])).toBe(true)
    expect(canManageStaff(['community-staff', 'viewer'])).toBe(false)
  })

  it('lets street-admins register systems, as community staff, grid workers or viewers only', () => {
    expect(canManageApiClients(['street-admin'])).toBe(true)
    expect(canManageApiClients(['community-staff', 'grid-worker', 'viewer'])).toBe(false)
    expect(API_CLIENT_ROLES).toEqual(['community-staff', 'grid-worker', 'viewer'])
  })

  it('scopes staff at the levels of their role', () => {
    expect(scopeLevelsFor('community-staff')).toEqual(['COMMUNITY'])
    expect(scopeLevelsFor('grid-worker')).toEqual(['GRID'])
    expect(scopeLevelsFor('street-admin')).toEqual(['SUB_DISTRICT'])
    expect(scopeLevelsFor('viewer')).toEqual(LEVELS)
    expect(scopeRequired('street-admin')).toBe(false)
    expect(scopeRequired('grid-worker')).toBe(true)
  })

  it('shows the most powerful role', () => {
    expect(primaryRole(['viewer', 'community-staff'])).toBe('community-staff')
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
  it.each(table)('%s', (role, may) => {
    expect(canReadRegistry([role])).toBe(may.read)
    expect(canWriteRegistry([role])).toBe(may.write)
    expect(canReveal([role])).toBe(may.reveal)
    expect(canImportRegistry([role])).toBe(may.importExport)
    expect(canExportRegistry([role])).toBe(may.importExport)
    expect(canReadAudit([role])).toBe(may.audit)
    expect(auditSeesOthers([role])).toBe(may.others)
  })

  it('takes the most permissive of several roles', () => {
    expect(canWriteRegistry(['viewer', 'grid-worker'])).toBe(true)
    expect(canReadRegistry([])).toBe(false)
  })
})
