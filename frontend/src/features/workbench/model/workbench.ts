// What the workbench shows and where its entries lead. The server decides the to-dos (only those the caller's
// permissions allow, each with the issue-list query that lists exactly its issues); the screen adds the quick entries
// the caller's capabilities open, and a few words for those without issue work (volunteers, unit liaisons).
import type { Permission, WorkbenchIssueQuery, WorkbenchTodoKind } from '@/shared/api/types'

/** Address query parameters (what vue-router takes as a location's query). */
export type ListQuery = Record<string, string | string[]>

type Can = (permission: Permission) => boolean

/** The message key of a to-do's card title. */
export const todoKey = (kind: WorkbenchTodoKind) => `workbench.todo.${kind}` as const
/** The message key of a to-do's one-line explanation. */
export const todoHintKey = (kind: WorkbenchTodoKind) => `workbench.todoHint.${kind}` as const

/** Cards that ask for attention when not empty (red: overdue; orange: the rest that waits on the caller). */
export function todoTone(kind: WorkbenchTodoKind, count: number): 'danger' | 'warning' | 'plain' {
  if (count === 0) return 'plain'
  return kind === 'OVERDUE' ? 'danger' : 'warning'
}

/** The office issue list's address query for a to-do: the same filters, so the list shows what was counted. */
export function issueListQuery(query: WorkbenchIssueQuery): ListQuery {
  const out: ListQuery = {}
  if (query.status?.length) out.status = [...query.status]
  if (query.warning) out.warning = query.warning
  if (query.handlerId != null) out.handlerId = String(query.handlerId)
  if (query.involvingMe != null) out.involvingMe = String(query.involvingMe)
  if (query.escalated != null) out.escalated = String(query.escalated)
  if (query.reopened != null) out.reopened = String(query.reopened)
  if (query.extensionPending != null) out.extensionPending = String(query.extensionPending)
  return out
}

/** The phone issue list's tab that lists a to-do (its tabs: overdue, due soon, mine), or null when none does. */
export function phoneTab(kind: WorkbenchTodoKind): 'overdue' | 'dueSoon' | 'mine' | null {
  switch (kind) {
    case 'OVERDUE':
      return 'overdue'
    case 'DUE_SOON':
      return 'dueSoon'
    case 'ASSIGNED_TO_ME':
    case 'REOPENED':
      return 'mine'
    default:
      return null
  }
}

export interface QuickAction {
  key: string
  to: string | { path: string; query: ListQuery }
  /** Changes something (reporting an issue); a viewer gets none of these. */
  writes: boolean
}

/** The quick entries of the office home, in this order, for what the caller may do. */
export function quickActions(can: Can): QuickAction[] {
  const all: (QuickAction & { needs: Permission })[] = [
    { key: 'reportIssue', to: { path: '/issues', query: { create: 'true' } }, writes: true, needs: 'ISSUES_WRITE' },
    { key: 'findHousehold', to: '/households', writes: false, needs: 'REGISTRY_READ' },
    { key: 'findResident', to: '/residents', writes: false, needs: 'REGISTRY_READ' },
    { key: 'talkDays', to: '/talk-days', writes: false, needs: 'TALK_DAYS_READ' },
    { key: 'issueStats', to: '/issues/stats', writes: false, needs: 'ISSUES_READ' },
    { key: 'areas', to: '/areas', writes: false, needs: 'AREAS_READ' },
    { key: 'calendar', to: '/settings/calendar', writes: false, needs: 'CALENDAR_READ' },
  ]
  return all.filter((a) => can(a.needs)).map(({ needs: _needs, ...action }) => action)
}

/** Which parts of the home show besides the server's sections. */
export function homeParts(can: Can) {
  const issueWork = can('ISSUES_READ')
  return {
    /** The to-do cards (the server sends none without ISSUES_READ). */
    todos: issueWork,
    /** Those without issue or registry work see their areas and what they may do instead. */
    welcome: !issueWork && !can('REGISTRY_READ'),
    areas: !issueWork,
  }
}

/** A rate (0..1) as a percentage with one decimal, or a dash when there is nothing to divide. */
export function percent(rate: number | null | undefined): string {
  return rate == null ? '—' : `${(rate * 100).toFixed(1)}%`
}
