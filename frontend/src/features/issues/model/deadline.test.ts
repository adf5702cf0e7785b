import { describe, expect, it } from 'vitest'
import { createAppI18n } from '@/shared/i18n'
import {
  deadlineMark,
  deadlineText,
  phoneDeadlineText,
  type DeadlineInput,
  type DeadlineMark,
} from '@/features/issues/model/deadline'

const MIN = 60_000
const HOUR = 60 * MIN
const DAY = 24 * HOUR
const NOW = Date.parse('2026-11-21T06:00:00Z') // 14:00 in Beijing
const at = (offset: number) => new Date(NOW + offset).toISOString()

function issue(overrides: Partial<DeadlineInput> = {}): DeadlineInput {
  return { status: 'IN_PROGRESS', warning: 'NONE', dueAt: at(3 * DAY), resolvedAt: null, ...overrides }
}

const zh = createAppI18n('zh-CN').global.t
const en = createAppI18n('en-US').global.t
const text = (i: DeadlineInput, t = zh) => deadlineText(deadlineMark(i, NOW), t)

describe('deadline marks', () => {
  it('is red and overdue once the due time has passed', () => {
    const mark = deadlineMark(issue({ dueAt: at(-2 * DAY - 3 * HOUR), warning: 'RED' }), NOW)
    expect(mark).toEqual({ level: 'RED', kind: 'overdue', days: 2 })
    expect(text(issue({ dueAt: at(-2 * DAY - 3 * HOUR) }))).toBe('已超期 2 天')
    expect(text(issue({ dueAt: at(-2 * DAY - 3 * HOUR) }), en)).toBe('overdue by 2 days')
    // an hour past the due time is the first day past the last day
    expect(text(issue({ dueAt: at(-HOUR) }), en)).toBe('overdue by 1 day')
  })

  it('turns red by the clock even when the list still said yellow', () => {
    expect(deadlineMark(issue({ dueAt: at(-MIN), warning: 'YELLOW' }), NOW).level).toBe('RED')
  })

  it('trusts the server’s red even when the device clock is behind', () => {
    expect(deadlineMark(issue({ dueAt: at(HOUR), warning: 'RED' }), NOW)).toEqual({
      level: 'RED',
      kind: 'overdue',
      days: 1,
    })
  })

  it('counts down the days left, yellow when the server says so or the warn time has passed', () => {
    // due at 19:20 today: its last day is today
    expect(deadlineMark(issue({ dueAt: at(5 * HOUR + 20 * MIN) }), NOW)).toEqual({ level: 'NONE', kind: 'dueToday' })
    expect(text(issue({ dueAt: at(5 * HOUR + 20 * MIN) }))).toBe('今日到期')
    expect(text(issue({ dueAt: at(5 * HOUR + 20 * MIN) }), en)).toBe('due today')
    expect(text(issue({ dueAt: at(30 * MIN) }), en)).toBe('due today')
    expect(text(issue({ dueAt: at(3 * DAY + HOUR) }))).toBe('剩余 3 天')
    expect(text(issue({ dueAt: at(3 * DAY + HOUR) }), en)).toBe('due in 3 days')
    expect(deadlineMark(issue({ warning: 'YELLOW' }), NOW).level).toBe('YELLOW')
    expect(deadlineMark(issue({ warnAt: at(-MIN) }), NOW).level).toBe('YELLOW')
    expect(deadlineMark(issue({ warnAt: at(MIN) }), NOW).level).toBe('NONE')
  })

  it('keeps the result a resolved issue reached when its clock stopped', () => {
    const onTime = issue({ status: 'CLOSED', dueAt: at(-DAY), resolvedAt: at(-2 * DAY) })
    expect(deadlineMark(onTime, NOW)).toEqual({ level: 'NONE', kind: 'resolvedOnTime' })
    expect(text(onTime)).toBe('按期办理')
    const late = issue({ status: 'RESOLVED', dueAt: at(-3 * DAY), resolvedAt: at(-DAY) })
    expect(deadlineMark(late, NOW)).toEqual({ level: 'NONE', kind: 'resolvedLate', days: 2 })
    expect(text(late)).toBe('超期 2 天办理')
    expect(text(late, en)).toBe('resolved 2 days late')
  })

  it('has no deadline for a rejected issue', () => {
    expect(deadlineMark(issue({ status: 'REJECTED', dueAt: at(-DAY) }), NOW)).toEqual({ level: 'NONE', kind: 'none' })
    expect(text(issue({ status: 'REJECTED' }))).toBe('')
  })

  it('treats every open state alike', () => {
    for (const status of ['RECEIVED', 'ACCEPTED', 'ASSIGNED', 'IN_PROGRESS'] as const) {
      expect(deadlineMark(issue({ status, dueAt: at(-DAY) }), NOW).kind, status).toBe('overdue')
    }
  })
})

describe('the deadline rule at its boundaries (calendar days in Beijing after the last day)', () => {
  // Last day 2026-12-01: due at the midnight after it, 2026-12-02 00:00 in Beijing.
  const DUE = Date.parse('2026-12-02T00:00:00+08:00')
  const open = (dueAt: number, overrides: Partial<DeadlineInput> = {}): DeadlineInput => ({
    status: 'IN_PROGRESS',
    warning: 'NONE',
    dueAt: new Date(dueAt).toISOString(),
    ...overrides,
  })

  it.each<[string, number, number, DeadlineMark, string, string, string]>([
    [
      'a day and 1 ms before the due time (the day before the last day)',
      DUE,
      -DAY - 1,
      { level: 'NONE', kind: 'dueIn', days: 1 },
      '剩余 1 天',
      'due in 1 day',
      '',
    ],
    ['at the start of the last day', DUE, -DAY, { level: 'NONE', kind: 'dueToday' }, '今日到期', 'due today', ''],
    [
      '1 ms before the due time (23:59:59.999 of the last day)',
      DUE,
      -1,
      { level: 'NONE', kind: 'dueToday' },
      '今日到期',
      'due today',
      '',
    ],
    ['0 s late', DUE, 0, { level: 'RED', kind: 'overdue', days: 1 }, '已超期 1 天', 'overdue by 1 day', '超期1天'],
    ['1 ms late', DUE, 1, { level: 'RED', kind: 'overdue', days: 1 }, '已超期 1 天', 'overdue by 1 day', '超期1天'],
    [
      '23:59:59.999 late',
      DUE,
      DAY - 1,
      { level: 'RED', kind: 'overdue', days: 1 },
      '已超期 1 天',
      'overdue by 1 day',
      '超期1天',
    ],
    ['24 h late', DUE, DAY, { level: 'RED', kind: 'overdue', days: 2 }, '已超期 2 天', 'overdue by 2 days', '超期2天'],
    [
      '36.5 h late (read at 12-03 12:30)',
      DUE,
      36.5 * HOUR,
      { level: 'RED', kind: 'overdue', days: 2 },
      '已超期 2 天',
      'overdue by 2 days',
      '超期2天',
    ],
    [
      'across the month end: last day 11-30, read 12-01 00:00',
      Date.parse('2026-12-01T00:00:00+08:00'),
      0,
      { level: 'RED', kind: 'overdue', days: 1 },
      '已超期 1 天',
      'overdue by 1 day',
      '超期1天',
    ],
    [
      'across the month end: last day 11-30, read 12-02 01:00',
      Date.parse('2026-12-01T00:00:00+08:00'),
      DAY + HOUR,
      { level: 'RED', kind: 'overdue', days: 2 },
      '已超期 2 天',
      'overdue by 2 days',
      '超期2天',
    ],
    [
      'across the year end: last day 12-31, read 01-01 12:00',
      Date.parse('2027-01-01T00:00:00+08:00'),
      12 * HOUR,
      { level: 'RED', kind: 'overdue', days: 1 },
      '已超期 1 天',
      'overdue by 1 day',
      '超期1天',
    ],
    [
      'from the month before: last day 11-30, read 11-28 09:00',
      Date.parse('2026-12-01T00:00:00+08:00'),
      -(2 * DAY + 15 * HOUR),
      { level: 'NONE', kind: 'dueIn', days: 2 },
      '剩余 2 天',
      'due in 2 days',
      '',
    ],
  ])('%s', (_case, due, offset, mark, zhText, enText, phone) => {
    const m = deadlineMark(open(due), due + offset)
    expect(m).toEqual(mark)
    expect(deadlineText(m, zh)).toBe(zhText)
    expect(deadlineText(m, en)).toBe(enText)
    if (phone) expect(phoneDeadlineText(m, zh)).toBe(phone)
  })

  it('turns yellow (due soon) at the warn time, not a millisecond before', () => {
    const warnAt = DUE - 30 * HOUR
    const soon = open(DUE, { warnAt: new Date(warnAt).toISOString() })
    expect(deadlineMark(soon, warnAt - 1)).toEqual({ level: 'NONE', kind: 'dueIn', days: 1 })
    expect(deadlineMark(soon, warnAt)).toEqual({ level: 'YELLOW', kind: 'dueIn', days: 1 })
    expect(deadlineMark(soon, DUE - 1)).toEqual({ level: 'YELLOW', kind: 'dueToday' })
    expect(phoneDeadlineText(deadlineMark(soon, warnAt), zh)).toBe('剩余1天')
    expect(phoneDeadlineText(deadlineMark(soon, DUE - 1), zh)).toBe('今日到期')
    expect(deadlineMark(soon, DUE)).toEqual({ level: 'RED', kind: 'overdue', days: 1 })
  })

  it('counts a late resolution in calendar days too; resolved at the due time is on time (as the statistics count it)', () => {
    const resolved = (offset: number) =>
      deadlineMark(open(DUE, { status: 'RESOLVED', resolvedAt: new Date(DUE + offset).toISOString() }), DUE + 10 * DAY)
    expect(resolved(-1)).toEqual({ level: 'NONE', kind: 'resolvedOnTime' })
    expect(resolved(0)).toEqual({ level: 'NONE', kind: 'resolvedOnTime' })
    expect(resolved(1)).toEqual({ level: 'NONE', kind: 'resolvedLate', days: 1 })
    expect(resolved(36.5 * HOUR)).toEqual({ level: 'NONE', kind: 'resolvedLate', days: 2 })
  })
})
