import { describe, expect, it } from 'vitest'
import dayjs from 'dayjs'
import localeData from 'dayjs/plugin/localeData'
import { useMondayWeeks } from './weekStart'

dayjs.extend(localeData)

describe('useMondayWeeks', () => {
  it('makes Monday the first day of the week where Element Plus reads it', () => {
    expect(dayjs.localeData().firstDayOfWeek()).toBe(0) // dayjs's default: Sunday
    useMondayWeeks()
    expect(dayjs.localeData().firstDayOfWeek()).toBe(1)
    useMondayWeeks()
    expect(dayjs.localeData().firstDayOfWeek()).toBe(1)
  })
})
