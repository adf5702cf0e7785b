import { describe, expect, it } from 'vitest'
import { daysFrom, dueShownAt, isoDate, lastDayOf, shanghaiDate, shanghaiToday } from './dates'

describe('Beijing days', () => {
  it.each([
    ['2026-11-20T15:59:59.999Z', '2026-11-20'],
    ['2026-11-20T16:00:00.000Z', '2026-11-21'],
    ['2026-12-31T16:00:00.000Z', '2027-01-01'],
  ])('%s falls on %s in Beijing', (instant, day) => {
    expect(shanghaiDate(Date.parse(instant))).toBe(day)
    expect(shanghaiToday(new Date(instant))).toBe(day)
  })

  it('counts whole calendar days between two days, across months and years', () => {
    expect(daysFrom('2026-12-01', '2026-12-01')).toBe(0)
    expect(daysFrom('2026-12-01', '2026-12-03')).toBe(2)
    expect(daysFrom('2026-11-30', '2026-12-01')).toBe(1)
    expect(daysFrom('2026-12-31', '2027-01-01')).toBe(1)
    expect(daysFrom('2026-03-01', '2026-02-28')).toBe(-1)
  })

  it('reads a deadline (the midnight after its last day) as that last day, shown at 23:59', () => {
    const due = '2026-12-01T16:00:00.000Z' // 2026-12-02 00:00 in Beijing
    expect(lastDayOf(Date.parse(due))).toBe('2026-12-01')
    expect(shanghaiDate(dueShownAt(due))).toBe('2026-12-01')
    expect(dueShownAt(due).toISOString()).toBe('2026-12-01T15:59:00.000Z')
  })

  it('writes a local date as YYYY-MM-DD', () => {
    expect(isoDate(new Date(2026, 0, 5))).toBe('2026-01-05')
  })
})
