import { describe, expect, it } from 'vitest'
import type { AreaNode } from '@/shared/api/types'
import { shanghaiToday } from '@/shared/time/dates'
import { defaultIntakeArea, intakeOpen, sessionStart } from '@/features/talkdays/model/intake'

const grid = (id: number, inScope: boolean): AreaNode => ({
  id,
  level: 'GRID',
  code: `G${id}`,
  name: `网格${id}`,
  inScope,
  children: [],
})
const tree = (communityInScope: boolean, grids: AreaNode[]): AreaNode[] => [
  { id: 2, level: 'COMMUNITY', code: 'XFL', name: '幸福里社区', inScope: communityInScope, children: grids },
]

describe('talk-day intake', () => {
  it('places issues in the community, or in the grid worker’s only grid of it', () => {
    expect(defaultIntakeArea(tree(true, [grid(21, true)]), 2)).toBe(2)
    expect(defaultIntakeArea(tree(false, [grid(21, true), grid(22, false)]), 2)).toBe(21)
    expect(defaultIntakeArea(tree(false, [grid(21, true), grid(22, true)]), 2)).toBeUndefined()
    expect(defaultIntakeArea(tree(true, []), 9)).toBeUndefined()
  })

  it('takes issues in from the session’s day (China Standard Time) unless it was cancelled', () => {
    const lateEvening = new Date('2026-11-20T17:00:00Z') // already the 21st in Beijing
    expect(shanghaiToday(lateEvening)).toBe('2026-11-21')
    expect(intakeOpen({ date: '2026-11-21', status: 'PLANNED' }, lateEvening)).toBe(true)
    expect(intakeOpen({ date: '2026-11-22', status: 'PLANNED' }, lateEvening)).toBe(false)
    expect(intakeOpen({ date: '2026-11-20', status: 'CANCELLED' }, lateEvening)).toBe(false)
    expect(sessionStart({ date: '2026-11-20', startTime: '09:00' }).toISOString()).toBe('2026-11-20T01:00:00.000Z')
  })
})
