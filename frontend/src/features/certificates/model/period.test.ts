import { describe, expect, it } from 'vitest'
import { EXPORT_MAX_DAYS, lastYear, periodProblem, thisYearSoFar } from './period'

describe('certificate periods', () => {
  it('offers this year so far and last year', () => {
    expect(thisYearSoFar('2026-12-05')).toEqual(['2026-01-01', '2026-12-05'])
    expect(lastYear('2026-01-01')).toEqual(['2025-01-01', '2025-12-31'])
  })

  it.each([
    [null, undefined, 'REQUIRED'],
    [['', '2026-03-01'], undefined, 'REQUIRED'],
    [['2026-03-02', '2026-03-01'], undefined, 'REVERSED'],
    [['2026-03-01', '2026-12-06'], undefined, 'FUTURE'],
    [['2026-03-01', '2026-12-05'], undefined, undefined],
    [['2016-01-01', '2026-12-05'], undefined, undefined],
    [['2024-01-01', '2025-01-01'], EXPORT_MAX_DAYS, 'TOO_LONG'],
    [['2024-01-02', '2025-01-01'], EXPORT_MAX_DAYS, undefined],
  ] as const)('%j (at most %s days): %s', (period, maxDays, problem) => {
    expect(periodProblem(period as [string, string] | null, { today: '2026-12-05', maxDays })).toBe(problem)
  })
})
