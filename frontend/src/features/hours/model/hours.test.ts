import { describe, expect, it } from 'vitest'
import type { VolunteerHoursEntry, VolunteerHoursQueueGroup, VolunteerHoursTotals } from '@/shared/api/types'
import { canReverse, chosenTotals, hoursOf, lockableMonths, minutesOf, starProgress, thresholdErrors } from './hours'

const DEFAULTS = [100, 300, 600, 1000, 1500]
const totals = (confirmedMinutes: number, star: number, nextStarHours: number | null): VolunteerHoursTotals => ({
  confirmedMinutes,
  submittedMinutes: 0,
  rejectedMinutes: 0,
  star,
  nextStarHours,
  starThresholds: DEFAULTS,
})

describe('hours', () => {
  it.each([
    [90, '1.5'],
    [-90, '-1.5'],
    [20, '0.33'],
    [0, '0'],
    [-0, '0'],
    [600, '10'],
  ])('%i minutes are %s hours', (minutes, text) => {
    expect(hoursOf(minutes)).toBe(text)
  })

  it('turns typed hours into whole minutes', () => {
    expect(minutesOf(1.5)).toBe(90)
    expect(minutesOf(0.25)).toBe(15)
  })
})

describe('starProgress', () => {
  it('measures the way from the current star to the next', () => {
    expect(starProgress(totals(0, 0, 100))).toEqual({ star: 0, nextHours: 100, remainingHours: 100, percent: 0 })
    expect(starProgress(totals(3000, 0, 100))).toMatchObject({ percent: 50, remainingHours: 50 })
    // star 1 at 100 h; halfway to 300 h is 200 h
    expect(starProgress(totals(200 * 60, 1, 300))).toMatchObject({ star: 1, percent: 50, remainingHours: 100 })
  })

  it('is full at the highest star', () => {
    expect(starProgress(totals(2000 * 60, 5, null))).toEqual({
      star: 5,
      nextHours: null,
      remainingHours: 0,
      percent: 100,
    })
  })
})

describe('canReverse', () => {
  const entry = (over: Partial<VolunteerHoursEntry>) =>
    ({ status: 'CONFIRMED', source: 'BACKFILL', reversedById: null, ...over }) as VolunteerHoursEntry
  it.each([
    [{}, true],
    [{ status: 'SUBMITTED' as const }, false],
    [{ status: 'REJECTED' as const }, false],
    [{ source: 'REVERSAL' as const }, false],
    [{ reversedById: 9 }, false],
  ])('%j → %s', (over, expected) => {
    expect(canReverse(entry(over))).toBe(expected)
  })
})

describe('lockableMonths', () => {
  it('offers ended months, most recent first, without the locked ones', () => {
    expect(lockableMonths('2026-02-10', ['2025-12'], 4)).toEqual(['2026-01', '2025-11', '2025-10'])
    expect(lockableMonths('2026-01-01', [], 2)).toEqual(['2025-12', '2025-11'])
  })
})

describe('chosenTotals', () => {
  it('sums the chosen entries across groups', () => {
    const groups = [
      {
        entries: [
          { id: 1, minutes: 60 },
          { id: 2, minutes: 30 },
        ],
      },
      { entries: [{ id: 3, minutes: 45 }] },
    ] as VolunteerHoursQueueGroup[]
    expect(chosenTotals(groups, new Set([1, 3]))).toEqual({ count: 2, minutes: 105 })
  })
})

describe('thresholdErrors', () => {
  it('marks thresholds that are not whole hours above the one before', () => {
    expect(thresholdErrors(DEFAULTS)).toEqual([])
    expect(thresholdErrors([100, 100, 50, null, 1.5])).toEqual([1, 2, 3, 4])
    expect(thresholdErrors([0])).toEqual([0])
  })
})
