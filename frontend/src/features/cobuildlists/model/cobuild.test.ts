import { describe, expect, it } from 'vitest'
import { agreementTag, lockableMonths, needTag, podium, signed, yearToDate } from './cobuild'
import type { PointsRankingRow } from '../api'

const row = (rank: number, points: number): PointsRankingRow => ({
  rank,
  points,
  unitId: rank * 10 + points,
  unitName: `单位${rank}`,
  unitType: 'STATE_ENTERPRISE',
  entries: 1,
})

describe('co-building lists model', () => {
  it('colours statuses', () => {
    expect(agreementTag('ACTIVE')).toBe('success')
    expect(agreementTag('TERMINATED')).toBe('danger')
    expect(needTag('OPEN')).toBe('warning')
    expect(needTag('MET')).toBe('success')
  })

  it('defaults the ranking to this year up to today', () => {
    expect(yearToDate(new Date(2026, 11, 5))).toEqual({ from: '2026-01-01', to: '2026-12-05' })
  })

  it('offers the twelve months before the current one for a lock, across the year', () => {
    const months = lockableMonths(new Date(2026, 1, 10))
    expect(months[0]).toBe('2026-01')
    expect(months[1]).toBe('2025-12')
    expect(months).toHaveLength(12)
  })

  it('signs points and keeps ties on the podium', () => {
    expect(signed(5)).toBe('+5')
    expect(signed(-3)).toBe('-3')
    expect(signed(0)).toBe('0')
    expect(podium([row(1, 14), row(1, 14), row(3, 9), row(4, 2), row(5, 0)]).map((r) => r.rank)).toEqual([1, 1, 3])
    expect(podium([row(1, 0)])).toEqual([])
  })
})
