// The states, urgencies, channels and answers of an issue as the API names them, and the rules read from them, for
// office and phone screens alike.
import type { IssueChannel, IssueStatus, IssueUrgency, Satisfaction } from '@/shared/api/types'

export const ISSUE_STATUSES = [
  'RECEIVED',
  'ACCEPTED',
  'REJECTED',
  'ASSIGNED',
  'IN_PROGRESS',
  'RESOLVED',
  'CLOSED',
] as const satisfies readonly IssueStatus[]

/** Open = the clock runs (the deadline marks apply). */
export const OPEN_ISSUE_STATUSES = [
  'RECEIVED',
  'ACCEPTED',
  'ASSIGNED',
  'IN_PROGRESS',
] as const satisfies readonly IssueStatus[]

export function isOpen(status: IssueStatus): boolean {
  return (OPEN_ISSUE_STATUSES as readonly IssueStatus[]).includes(status)
}

export const ISSUE_URGENCIES = ['LOW', 'NORMAL', 'HIGH', 'URGENT'] as const satisfies readonly IssueUrgency[]

/** High and urgent issues are marked as such in lists and on the issue's page. */
export function isPressing(urgency: IssueUrgency): boolean {
  return urgency === 'HIGH' || urgency === 'URGENT'
}

export const ISSUE_CHANNELS = [
  'TALK_DAY',
  'OFFICE',
  'PHONE',
  'VISIT',
  'OTHER',
] as const satisfies readonly IssueChannel[]

export const SATISFACTIONS = [
  'SATISFIED',
  'BASICALLY_SATISFIED',
  'UNSATISFIED',
] as const satisfies readonly Satisfaction[]
