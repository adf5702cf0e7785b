import { describe, expect, it } from 'vitest'
import { createAppI18n } from '@/shared/i18n'
import { deadlineMark, deadlineText, roughDuration, type DeadlineInput } from '@/features/issues/model/deadline'

const MIN = 60_000
const HOUR = 60 * MIN
const DAY = 24 * HOUR
const NOW = Date.parse('2026-11-21T06:00:00Z')
const at = (offset: number) => new Date(NOW + offset).toISOString()

function issue(overrides: Partial<DeadlineInput> = {}): DeadlineInput {
  return { status: 'IN_PROGRESS', warning: 'NONE', dueAt: at(3 * DAY), resolvedAt: null, ...overrides }
}

const zh = createAppI18n('zh-CN').global.t
const en = createAppI18n('en-US').global.t
const text = (i: DeadlineInput, t = zh) => deadlineText(deadlineMark(i, NOW), t)

describe('roughDuration', () => {
  it('uses minutes under an hour, hours under a day, else whole days (rounded down)', () => {
    expect(roughDuration(10 * 1000)).toEqual({ n: 1, unit: 'minutes' })
    expect(roughDuration(59 * MIN)).toEqual({ n: 59, unit: 'minutes' })
    expect(roughDuration(HOUR)).toEqual({ n: 1, unit: 'hours' })
    expect(roughDuration(23 * HOUR + 59 * MIN)).toEqual({ n: 23, unit: 'hours' })
    expect(roughDuration(47 * HOUR)).toEqual({ n: 1, unit: 'days' })
    expect(roughDuration(-(2 * DAY + 5 * HOUR))).toEqual({ n: 2, unit: 'days' })
  })
})

describe('deadline marks', () => {
  it('is red and overdue once the due time has passed', () => {
    const mark = deadlineMark(issue({ dueAt: at(-2 * DAY - 3 * HOUR), warning: 'RED' }), NOW)
    expect(mark).toEqual({ level: 'RED', kind: 'overdue', duration: { n: 2, unit: 'days' } })
    expect(text(issue({ dueAt: at(-2 * DAY - 3 * HOUR) }))).toBe('已超期 2 天')
    expect(text(issue({ dueAt: at(-2 * DAY - 3 * HOUR) }), en)).toBe('overdue by 2 days')
    expect(text(issue({ dueAt: at(-HOUR) }), en)).toBe('overdue by 1 hour')
  })

  it('turns red by the clock even when the list still said yellow', () => {
    expect(deadlineMark(issue({ dueAt: at(-MIN), warning: 'YELLOW' }), NOW).level).toBe('RED')
  })

  it('counts down the time left, yellow when the server says so or the warn time has passed', () => {
    expect(deadlineMark(issue({ dueAt: at(5 * HOUR + 20 * MIN) }), NOW)).toEqual({
      level: 'NONE',
      kind: 'dueIn',
      duration: { n: 5, unit: 'hours' },
    })
    expect(text(issue({ dueAt: at(5 * HOUR + 20 * MIN) }))).toBe('剩余 5 小时')
    expect(text(issue({ dueAt: at(5 * HOUR + 20 * MIN) }), en)).toBe('due in 5 hours')
    expect(text(issue({ dueAt: at(30 * MIN) }), en)).toBe('due in 30 minutes')
    expect(text(issue({ dueAt: at(3 * DAY + HOUR) }))).toBe('剩余 3 天')
    expect(deadlineMark(issue({ warning: 'YELLOW' }), NOW).level).toBe('YELLOW')
    expect(deadlineMark(issue({ warnAt: at(-MIN) }), NOW).level).toBe('YELLOW')
    expect(deadlineMark(issue({ warnAt: at(MIN) }), NOW).level).toBe('NONE')
  })

  it('keeps the result a resolved issue reached when its clock stopped', () => {
    const onTime = issue({ status: 'CLOSED', dueAt: at(-DAY), resolvedAt: at(-2 * DAY) })
    expect(deadlineMark(onTime, NOW)).toEqual({ level: 'NONE', kind: 'resolvedOnTime' })
    expect(text(onTime)).toBe('按期办理')
    const late = issue({ status: 'RESOLVED', dueAt: at(-3 * DAY), resolvedAt: at(-DAY) })
    expect(deadlineMark(late, NOW)).toEqual({ level: 'NONE', kind: 'resolvedLate', duration: { n: 2, unit: 'days' } })
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
