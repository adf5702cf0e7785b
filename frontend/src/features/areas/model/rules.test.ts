import { describe, expect, it } from 'vitest'
import type { AreaLevel, Role } from '@/shared/api/types'
import { canWriteArea, canWriteLevel, creatableChildLevel } from './rules'

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
