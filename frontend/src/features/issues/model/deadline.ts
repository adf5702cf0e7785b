// The deadline of an issue as people read it: a colour (the server's yellow/red warning, kept up to date while the
// page is open) and a phrase such as "overdue by 2 days" or "due in 5 hours". Pure, so that it can be tested.
import type { IssueStatus, IssueWarning } from '@/shared/api/types'
import { OPEN_ISSUE_STATUSES } from '@/shared/api/types'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

export type DurationUnit = 'minutes' | 'hours' | 'days'

export interface Duration {
  n: number
  unit: DurationUnit
}

/**
 * A length of time in the largest unit that keeps it readable: minutes under an hour, hours under a day, else
 * whole days (rounded down: 47 hours is "1 day"). Never 0: anything started counts as 1 of its unit.
 */
export function roughDuration(ms: number): Duration {
  const abs = Math.abs(ms)
  if (abs < HOUR) return { n: Math.max(1, Math.ceil(abs / MINUTE)), unit: 'minutes' }
  if (abs < DAY) return { n: Math.floor(abs / HOUR), unit: 'hours' }
  return { n: Math.floor(abs / DAY), unit: 'days' }
}

export type DeadlineLevel = 'RED' | 'YELLOW' | 'NONE'

export type DeadlineKind =
  /** open, past the due time */
  | 'overdue'
  /** open, before the due time */
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
  /** How long overdue / until due / late (absent for on time and none). */
  duration?: Duration
}

export interface DeadlineInput {
  status: IssueStatus
  warning: IssueWarning
  dueAt: string
  resolvedAt?: string | null
  /** When the yellow mark starts (the detail carries it; lists rely on `warning`). */
  warnAt?: string | null
}

export function isOpen(status: IssueStatus): boolean {
  return (OPEN_ISSUE_STATUSES as readonly IssueStatus[]).includes(status)
}

/**
 * Where an issue stands against its deadline at `now`. Open issues turn red at the due time and yellow at the warn
 * time (or when the server said so); resolved issues keep the result they reached when the clock stopped.
 */
export function deadlineMark(issue: DeadlineInput, now: Date | number = Date.now()): DeadlineMark {
  const at = typeof now === 'number' ? now : now.getTime()
  const due = Date.parse(issue.dueAt)
  if (issue.status === 'REJECTED' || Number.isNaN(due)) return { level: 'NONE', kind: 'none' }
  if (!isOpen(issue.status)) {
    const resolved = issue.resolvedAt ? Date.parse(issue.resolvedAt) : NaN
    if (Number.isNaN(resolved) || resolved <= due) return { level: 'NONE', kind: 'resolvedOnTime' }
    return { level: 'NONE', kind: 'resolvedLate', duration: roughDuration(resolved - due) }
  }
  if (at >= due) return { level: 'RED', kind: 'overdue', duration: roughDuration(at - due) }
  const warnAt = issue.warnAt ? Date.parse(issue.warnAt) : NaN
  const yellow = issue.warning === 'YELLOW' || issue.warning === 'RED' || (!Number.isNaN(warnAt) && at >= warnAt)
  return { level: yellow ? 'YELLOW' : 'NONE', kind: 'dueIn', duration: roughDuration(due - at) }
}

type Translate = (key: string, named: Record<string, unknown>, plural: number) => string

/** The phrase for a mark, e.g. 已超期 2 天 / overdue by 2 days; '' when no deadline applies. */
export function deadlineText(mark: DeadlineMark, t: Translate): string {
  switch (mark.kind) {
    case 'none':
      return ''
    case 'resolvedOnTime':
      return t('issue.deadline.resolvedOnTime', {}, 1)
    default: {
      const d = mark.duration ?? { n: 0, unit: 'minutes' }
      return t(`issue.deadline.${mark.kind}.${d.unit}`, { n: d.n }, d.n)
    }
  }
}

/** The colour of a deadline mark (also used for the dot in lists). */
export const DEADLINE_COLORS: Record<DeadlineLevel, string> = {
  RED: '#d93026',
  YELLOW: '#e6a23c',
  NONE: '#67c23a',
}
