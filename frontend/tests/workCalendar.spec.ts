import { describe, expect, it } from 'vitest'
import { createAppI18n } from '@/i18n'
import type { CalendarDay } from '@/api/types'
import { allowedKinds, dayInfo, monthWeeks, weekdayIndex, workingDaysIn } from '@/issues/workCalendar'

const days: CalendarDay[] = [
  { date: '2026-10-01', kind: 'HOLIDAY', name: '国庆节' },
  { date: '2026-10-02', kind: 'HOLIDAY', name: '国庆节' },
  { date: '2026-10-10', kind: 'ADJUSTED_WORKDAY', name: '国庆节调休' },
]
const map = new Map(days.map((d) => [d.date, d]))

describe('working calendar', () => {
  it('lays a month out in weeks starting on Monday', () => {
    expect(weekdayIndex('2026-10-01')).toBe(3) // a Thursday
    const weeks = monthWeeks(2026, 10)
    expect(weeks[0]).toEqual([null, null, null, '2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04'])
    expect(weeks.flat().filter(Boolean)).toHaveLength(31)
    expect(weeks.every((w) => w.length === 7)).toBe(true)
  })

  it('tells working days from rest days by the exceptions, else by the weekday', () => {
    expect(dayInfo('2026-10-01', map)).toMatchObject({ kind: 'HOLIDAY', working: false, name: '国庆节' })
    expect(dayInfo('2026-10-10', map)).toMatchObject({ kind: 'ADJUSTED_WORKDAY', working: true, weekend: true })
    expect(dayInfo('2026-10-11', map)).toMatchObject({ working: false, weekend: true })
    expect(dayInfo('2026-10-12', map)).toMatchObject({ working: true, weekend: false })
    // 22 weekdays in October 2026, minus 2 holidays, plus 1 adjusted Saturday
    expect(workingDaysIn(2026, 10, map)).toBe(21)
  })

  it('offers an adjusted working day on weekends only', () => {
    expect(allowedKinds('2026-10-10')).toEqual(['HOLIDAY', 'ADJUSTED_WORKDAY'])
    expect(allowedKinds('2026-10-12')).toEqual(['HOLIDAY'])
  })

  it('names weekdays in both languages', () => {
    expect(createAppI18n('zh-CN').global.t(`workCalendar.weekday.${weekdayIndex('2026-10-10')}`)).toBe('周六')
    expect(createAppI18n('en-US').global.t('workCalendar.weekday.0')).toBe('Mon')
  })
})
