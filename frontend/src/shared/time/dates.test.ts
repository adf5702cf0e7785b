import { describe, expect, it } from 'vitest'
import { daysFrom, deviceTimeApart, dueShownAt, isoDate, lastDayOf, shanghaiDate, shanghaiToday } from './dates'

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

describe('a device time beside the server time', () => {
  it.each([
    [null, false],
    [undefined, false],
    ['2026-11-20T10:00:00Z', false],
    ['2026-11-20T10:01:00Z', false],
    ['2026-11-20T09:59:00Z', false],
    ['2026-11-20T10:01:00.001Z', true],
    ['2026-11-20T09:58:59.999Z', true],
    ['2026-11-20T15:00:00+08:00', true],
    ['2026-11-20T18:00:30+08:00', false],
    ['not a time', false],
  ])('device time %s beside 10:00Z is shown: %s', (device, shown) => {
    expect(deviceTimeApart('2026-11-20T10:00:00Z', device)).toBe(shown)
  })
})
