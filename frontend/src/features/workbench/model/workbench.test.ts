import { describe, expect, it } from 'vitest'
import type { Permission, Role, WorkbenchIssueQuery, WorkbenchTodoKind } from '@/shared/api/types'
import { capabilitiesFor } from '@/shared/testing/capabilities'
import zhCN from '../messages/zh-CN'
import enUS from '../messages/en-US'
import { homeParts, issueListQuery, percent, phoneTab, quickActions, todoKey, todoTone } from './workbench'

const canOf = (role: Role) => {
  const granted = new Set<Permission>(capabilitiesFor([role]))
  return (p: Permission) => granted.has(p)
}
const KINDS: WorkbenchTodoKind[] = [
  'TO_ACCEPT',
  'ESCALATED',
  'ASSIGNED_TO_ME',
  'DUE_SOON',
  'OVERDUE',
  'EXTENSIONS',
  'REOPENED',
]

/** A query as the server sends it: every filter present, null when not set. */
const query = (set: Partial<WorkbenchIssueQuery>): WorkbenchIssueQuery => ({
  status: null,
  warning: null,
  handlerId: null,
  involvingMe: null,
  escalated: null,
  reopened: null,
  extensionPending: null,
  ...set,
})

describe('the issue list query of a to-do', () => {
  it('carries exactly the filters the server counted with, as address parameters', () => {
    expect(
      issueListQuery(
        query({
          status: ['RECEIVED', 'ACCEPTED', 'ASSIGNED', 'IN_PROGRESS'],
          handlerId: 42,
          involvingMe: null,
          warning: null,
        }),
      ),
    ).toEqual({ status: ['RECEIVED', 'ACCEPTED', 'ASSIGNED', 'IN_PROGRESS'], handlerId: '42' })
    expect(issueListQuery(query({ warning: 'RED', involvingMe: true }))).toEqual({
      warning: 'RED',
      involvingMe: 'true',
    })
    expect(issueListQuery(query({ status: ['ACCEPTED'], escalated: true }))).toEqual({
      status: ['ACCEPTED'],
      escalated: 'true',
    })
    expect(issueListQuery(query({ extensionPending: true }))).toEqual({ extensionPending: 'true' })
    expect(issueListQuery(query({ reopened: true, status: [] }))).toEqual({ reopened: 'true' })
  })
})

describe('quick actions by role', () => {
  const keys = (role: Role) => quickActions(canOf(role)).map((a) => a.key)
  it('offers reporting an issue only to those who take issues in', () => {
    expect(keys('grid-worker')).toContain('reportIssue')
    expect(keys('community-staff')).toContain('reportIssue')
    expect(keys('viewer')).not.toContain('reportIssue')
    expect(quickActions(canOf('viewer')).some((a) => a.writes)).toBe(false)
  })
  it('gives a viewer the registry and statistics to read', () => {
    expect(keys('viewer')).toEqual(['findHousehold', 'findResident', 'talkDays', 'issueStats', 'areas', 'calendar'])
  })
  it('gives volunteers and unit liaisons the schedule, areas and calendar, never the registry or issues', () => {
    for (const role of ['volunteer', 'unit-liaison'] as const) {
      expect(keys(role)).toEqual(['talkDays', 'areas', 'calendar'])
    }
  })
})

describe('the parts of the home by role', () => {
  it('shows to-dos to those who read issues, a welcome and areas to those who do not', () => {
    expect(homeParts(canOf('grid-worker'))).toEqual({ todos: true, welcome: false, areas: false })
    expect(homeParts(canOf('viewer'))).toEqual({ todos: true, welcome: false, areas: false })
    expect(homeParts(canOf('volunteer'))).toEqual({ todos: false, welcome: true, areas: true })
    expect(homeParts(canOf('unit-liaison'))).toEqual({ todos: false, welcome: true, areas: true })
  })
})

describe('labels and tones', () => {
  it('names every to-do kind in both languages', () => {
    for (const kind of KINDS) {
      expect(todoKey(kind)).toBe(`workbench.todo.${kind}`)
      expect(zhCN.workbench.todo[kind]).toBeTruthy()
      expect(enUS.workbench.todo[kind]).toBeTruthy()
      expect(zhCN.workbench.todoHint[kind]).toBeTruthy()
    }
  })
  it('marks overdue red and other waiting work orange, nothing when empty', () => {
    expect(todoTone('OVERDUE', 2)).toBe('danger')
    expect(todoTone('TO_ACCEPT', 1)).toBe('warning')
    expect(todoTone('OVERDUE', 0)).toBe('plain')
  })
  it('sends each field to-do to the phone tab that lists it, office work nowhere', () => {
    expect(KINDS.map(phoneTab)).toEqual([null, null, 'mine', 'dueSoon', 'overdue', null, 'mine'])
  })
  it('writes rates as percentages, a dash without any', () => {
    expect(percent(0.9615)).toBe('96.2%')
    expect(percent(1)).toBe('100.0%')
    expect(percent(null)).toBe('—')
  })
})
