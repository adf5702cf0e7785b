import { describe, expect, it } from 'vitest'
import { createAppI18n } from '@/shared/i18n'
import type { CalendarDay, CalendarSubDistrict, CalendarYear } from '@/shared/api/types'
import {
  allowedKinds,
  calendarChoices,
  choiceKey,
  choiceOf,
  dayInfo,
  defaultChoice,
  monthWeeks,
  weekdayIndex,
  workingDaysIn,
  yearActions,
  yearState,
} from '@/features/calendar/model'

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

describe('whose calendar', () => {
  const mine: CalendarSubDistrict[] = [
    { id: 7, name: '新风路街道', writable: true },
    { id: 9, name: '东湖街道', writable: true },
  ]
  const year = (subDistrictId: number | null, inherited: boolean): CalendarYear => ({
    year: 2026,
    subDistrictId,
    configured: true,
    inherited,
    source: null,
    version: 0,
    days: [],
  })

  it('offers a street-admin the platform default and their sub-districts, writing the default only for the whole platform', () => {
    const scoped = calendarChoices(mine, { streetAdmin: true, wholePlatform: false })
    expect(scoped.map((c) => [c.subDistrictId, c.writable])).toEqual([
      [null, false],
      [7, true],
      [9, true],
    ])
    expect(defaultChoice(scoped, false)).toBe(7)
    const platform = calendarChoices(mine, { streetAdmin: true, wholePlatform: true })
    expect(platform[0]).toEqual({ subDistrictId: null, writable: true })
    expect(defaultChoice(platform, true)).toBeNull()
  })

  it('shows everyone else the calendar of their sub-district, read-only', () => {
    const reader = calendarChoices([{ id: 7, name: '新风路街道', writable: false }], {
      streetAdmin: false,
      wholePlatform: false,
    })
    expect(reader).toEqual([{ subDistrictId: 7, name: '新风路街道', writable: false }])
    expect(defaultChoice(reader, false)).toBe(7)
    expect(calendarChoices([], { streetAdmin: false, wholePlatform: false })).toEqual([
      { subDistrictId: null, writable: false },
    ])
  })

  it('keys choices for a select, the platform default included', () => {
    expect(choiceKey(null)).toBe('platform')
    expect(choiceOf(choiceKey(null))).toBeNull()
    expect(choiceOf(choiceKey(7))).toBe(7)
  })

  it('tells own, inherited and missing years apart', () => {
    const summary = { year: 2026, source: null, holidayCount: 33, adjustedWorkdayCount: 6, version: 0 }
    expect(yearState({ ...summary, inherited: true })).toBe('inherited')
    expect(yearState({ ...summary, inherited: false })).toBe('own')
    expect(yearState(undefined)).toBe('notEntered')
  })

  it('edits the default and own years, starts an own year from an inherited one, drops only own years', () => {
    expect(yearActions(year(null, false), true)).toEqual({ edit: true, startOwn: false, drop: false })
    expect(yearActions(year(7, true), true)).toEqual({ edit: false, startOwn: true, drop: false })
    expect(yearActions(year(7, false), true)).toEqual({ edit: true, startOwn: false, drop: true })
    for (const y of [year(null, false), year(7, true), year(7, false)]) {
      expect(yearActions(y, false)).toEqual({ edit: false, startOwn: false, drop: false })
    }
  })

  it('has the new messages in both languages', () => {
    for (const locale of ['zh-CN', 'en-US'] as const) {
      const { t } = createAppI18n(locale).global
      for (const key of [
        'platformDefault',
        'state.own',
        'state.inherited',
        'inheritedHint',
        'startOwn',
        'ownHint',
        'drop',
        'confirmDrop',
        'platformReadOnlyHint',
      ]) {
        expect(t(`workCalendar.${key}`, { year: 2026, calendar: 'X' })).not.toContain('workCalendar.')
      }
    }
    expect(
      createAppI18n('zh-CN').global.t('workCalendar.inheritedHint', { year: 2026, calendar: '新风路街道' }),
    ).toContain('新风路街道没有自己的 2026 年日历')
  })
})
