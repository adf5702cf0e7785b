import { describe, expect, it } from 'vitest'
import type { AreaLevel } from '@/shared/api/types'
import { scopeLevelsFor, scopeRequired } from './model'

const LEVELS: AreaLevel[] = ['SUB_DISTRICT', 'COMMUNITY', 'GRID', 'BUILDING']

describe('staff scope', () => {
  it('scopes staff at the levels of their role', () => {
    expect(scopeLevelsFor('community-staff')).toEqual(['COMMUNITY'])
    expect(scopeLevelsFor('grid-worker')).toEqual(['GRID'])
    expect(scopeLevelsFor('street-admin')).toEqual(['SUB_DISTRICT'])
    expect(scopeLevelsFor('viewer')).toEqual(LEVELS)
    expect(scopeRequired('street-admin')).toBe(false)
    expect(scopeRequired('grid-worker')).toBe(true)
  })
})
