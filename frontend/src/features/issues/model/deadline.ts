// The deadline of an issue as people read it, on office and phone screens alike: a colour (the server's yellow/red
// warning, kept up to date by the clock while a page is open) and how far the issue stands from its last day.
//
// One rule, counted in calendar days in Beijing time: an issue's `dueAt` is the end of its last day (the midnight
// after it), so
// - an open issue is "due today" on its last day, "due in N days" N calendar days before it;
// - from its due time on it is "overdue by N days", N being the number of calendar days since its last day: the first
//   day after the last day is 1 from its first millisecond to its last, the second is 2 (a deadline at the midnight
//   after 12-01, read at 12-03 12:30, is overdue by 2 days; on 12-02 at any hour by 1);
// - a resolved or closed issue is on time when it was resolved by its due time (as the statistics count it), else
//   late by the calendar days from its last day to the day it was resolved (at least 1);
// - a rejected issue has no deadline.
// Pure, so that it can be tested at its boundaries.
import type { IssueStatus, IssueWarning } from '@/shared/api/types'
import { daysFrom, lastDayOf, shanghaiDate } from '@/shared/time/dates'
import { isOpen } from './states'

export type DeadlineLevel = 'RED' | 'YELLOW' | 'NONE'

export type DeadlineKind =
  /** open, past the due time */
  | 'overdue'
  /** open, on its last day */
  | 'dueToday'
  /** open, before its last day */
  | 'dueIn'
  /** resolved (or closed) by the due time: the clock stopped */
  | 'resolvedOnTime'
  /** resolved after the due time */
  | 'resolvedLate'
  /** rejected: no deadline applies */
  | 'none'

export interface DeadlineMark {
  level: DeadlineLevel
  kind: DeadlineKind
  /** Calendar days overdue, until the last day, or late (overdue, dueIn, resolvedLate). */
  days?: number
}

export interface DeadlineInput {
  status: IssueStatus
  warning: IssueWarning
  dueAt: string
  resolvedAt?: string | null
  /** When the yellow mark starts (the detail carries it; lists rely on `warning`). */
  warnAt?: string | null
}

/**
 * Where an issue stands against its deadline at `now`. Open issues are red from the due time (or when the server
 * said so) and yellow from the warn time (or when the server said so); resolved issues keep the result they reached
 * when the clock stopped.
 */
export function deadlineMark(issue: DeadlineInput, now: Date | number = Date.now()): DeadlineMark {
  const at = typeof now === 'number' ? now : now.getTime()
  const due = Date.parse(issue.dueAt)
  if (issue.status === 'REJECTED' || Number.isNaN(due)) return { level: 'NONE', kind: 'none' }
  const lastDay = lastDayOf(due)
  if (!isOpen(issue.status)) {
    const resolved = issue.resolvedAt ? Date.parse(issue.resolvedAt) : NaN
    if (Number.isNaN(resolved) || resolved <= due) return { level: 'NONE', kind: 'resolvedOnTime' }
    return { level: 'NONE', kind: 'resolvedLate', days: Math.max(1, daysFrom(lastDay, shanghaiDate(resolved))) }
  }
  const today = shanghaiDate(at)
  if (at >= due || issue.warning === 'RED') {
    return { level: 'RED', kind: 'overdue', days: Math.max(1, daysFrom(lastDay, today)) }
  }
  const warnAt = issue.warnAt ? Date.parse(issue.warnAt) : NaN
  const yellow = issue.warning === 'YELLOW' || (!Number.isNaN(warnAt) && at >= warnAt)
  const level = yellow ? 'YELLOW' : 'NONE'
  const days = daysFrom(today, lastDay)
  return days > 0 ? { level, kind: 'dueIn', days } : { level, kind: 'dueToday' }
}

type Translate = (key: string, named: Record<string, unknown>, plural: number) => string

/** The office's phrase for a mark, e.g. 已超期 2 天 / overdue by 2 days; '' when no deadline applies. */
export function deadlineText(mark: DeadlineMark, t: Translate): string {
  switch (mark.kind) {
    case 'none':
      return ''
    case 'resolvedOnTime':
    case 'dueToday':
      return t(`issue.deadline.${mark.kind}`, {}, 1)
    default: {
      const n = mark.days ?? 1
      return t(`issue.deadline.${mark.kind}.days`, { n }, n)
    }
  }
}

/** The phone's shorter phrase, e.g. 超期2天 / 剩余3天 / 今日到期. */
export function phoneDeadlineText(mark: DeadlineMark, t: Translate): string {
  const n = mark.days ?? 1
  switch (mark.kind) {
    case 'overdue':
      return t('mobileIssues.overdueDays', { n }, n)
    case 'dueIn':
      return t('mobileIssues.daysLeft', { n }, n)
    case 'dueToday':
      return t('mobileIssues.dueToday', {}, 1)
    default:
      return ''
  }
}

/** The colour of a deadline mark (also used for the dot in lists). */
export const DEADLINE_COLORS: Record<DeadlineLevel, string> = {
  RED: '#d93026',
  YELLOW: '#e6a23c',
  NONE: '#67c23a',
}
