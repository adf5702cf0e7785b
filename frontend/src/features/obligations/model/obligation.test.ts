import { describe, expect, it } from 'vitest'
import { dueDistance, stateColour, stateLabelKey } from './obligation'

describe('dueDistance', () => {
  it.each([
    ['DUE', '2026-06-30', '2026-06-27', { key: 'obligations.daysLeft', days: 3 }],
    ['DUE', '2026-06-30', '2026-06-30', { key: 'obligations.dueToday', days: 0 }],
    ['OVERDUE', '2026-06-30', '2026-07-05', { key: 'obligations.daysOverdue', days: 5 }],
    // across a month and a year end
    ['DUE', '2027-01-01', '2026-12-31', { key: 'obligations.daysLeft', days: 1 }],
    ['OVERDUE', '2026-12-31', '2027-01-02', { key: 'obligations.daysOverdue', days: 2 }],
  ] as const)('%s due %s on %s', (state, dueOn, today, expected) => {
    expect(dueDistance(state, dueOn, today)).toEqual(expected)
  })

  it('says nothing once the obligation is no longer open', () => {
    for (const state of ['SATISFIED', 'SATISFIED_LATE', 'NOT_APPLICABLE'] as const) {
      expect(dueDistance(state, '2026-06-30', '2026-07-05')).toBeNull()
    }
  })
})

describe('state colour and label', () => {
  it('shows overdue in red and a satisfied one in green', () => {
    expect(stateColour('OVERDUE')).toBe('danger')
    expect(stateColour('SATISFIED')).toBe('success')
    expect(stateColour('SATISFIED_LATE')).toBe('warning')
    expect(stateColour('NOT_APPLICABLE')).toBe('info')
    expect(stateColour('DUE')).toBe('primary')
    expect(stateLabelKey('OVERDUE')).toBe('visitEnum.obligationState.OVERDUE')
  })
})
