import { describe, expect, it } from 'vitest'
import {
  atBeijingTime,
  beijingTime,
  bulkMarks,
  carriesTimes,
  hoursAndMinutes,
} from '@/features/attendance/model/attendance'

describe('attendance marks', () => {
  it.each([
    ['PRESENT', true],
    ['LATE', true],
    ['ON_LEAVE', false],
    ['ABSENT', false],
  ] as const)('%s carries times: %s', (mark, expected) => {
    expect(carriesTimes(mark)).toBe(expected)
  })

  const scanned = { signUpId: 1, checkedInAt: '2026-12-05T01:05:00Z', checkedOutAt: '2026-12-05T03:00:00Z' }
  const inOnly = { signUpId: 2, checkedInAt: '2026-12-05T01:20:00Z' }
  const none = { signUpId: 3 }
  const given = { checkedInAt: '2026-12-05T01:00:00Z', checkedOutAt: '2026-12-05T03:00:00Z' }

  it('keeps scanned times and fills only what is missing', () => {
    expect(bulkMarks([scanned, inOnly, none], 'PRESENT', given)).toEqual([
      { attendance: 'PRESENT', ...scanned },
      { signUpId: 2, attendance: 'PRESENT', checkedInAt: inOnly.checkedInAt, checkedOutAt: given.checkedOutAt },
      { signUpId: 3, attendance: 'PRESENT', ...given },
    ])
  })

  it('sends no times with a mark that carries none', () => {
    expect(bulkMarks([scanned, none], 'ABSENT', given)).toEqual([
      { signUpId: 1, attendance: 'ABSENT' },
      { signUpId: 3, attendance: 'ABSENT' },
    ])
  })

  it('leaves times out when none are known', () => {
    expect(bulkMarks([none], 'LATE')).toEqual([{ signUpId: 3, attendance: 'LATE' }])
  })

  it.each([
    [0, '0:00'],
    [5, '0:05'],
    [95, '1:35'],
    [600, '10:00'],
    [-95, '-1:35'], // a reversal
  ])('%i minutes read %s', (minutes, text) => {
    expect(hoursAndMinutes(minutes)).toBe(text)
  })
})

describe('times of a session in Beijing', () => {
  it.each([
    ['2026-12-05T01:00:00Z', '09:00'],
    ['2026-12-05T15:59:00Z', '23:59'],
    ['2026-12-05T16:00:00Z', '00:00'], // midnight in Beijing is 16:00 UTC the day before
  ])('%s is %s', (iso, time) => {
    expect(beijingTime(iso)).toBe(time)
  })

  it.each([
    ['2026-12-05T01:00:00Z', '10:30', '2026-12-05T02:30:00.000Z'],
    ['2026-12-04T16:30:00Z', '08:00', '2026-12-05T00:00:00.000Z'], // starts 00:30 on the 5th in Beijing
    ['2026-12-05T01:00:00Z', '00:15', '2026-12-04T16:15:00.000Z'],
  ])('on the day of %s, %s is %s', (start, time, iso) => {
    expect(atBeijingTime(start, time)).toBe(iso)
  })
})
