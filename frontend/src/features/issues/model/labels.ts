// How issue states, actions and events look: colours, button styles, the order of actions, and
// the i18n keys of their names (the names themselves are in the locale files, worded as the server words them).
import type {
  IssueAction,
  IssueEvent,
  IssueEventType,
  IssueStatus,
  IssueUrgency,
  Satisfaction,
} from '@/shared/api/types'

export const STATUS_COLORS: Record<IssueStatus, string> = {
  RECEIVED: '#a55a12',
  ACCEPTED: '#1a6dcc',
  ASSIGNED: '#8e44ad',
  IN_PROGRESS: '#0b7a6a',
  RESOLVED: '#3f7f2a',
  CLOSED: '#2e7d32',
  REJECTED: '#6b7079',
}

export const statusKey = (s: IssueStatus) => `issue.status.${s}`
export const actionKey = (a: IssueAction) => `issue.action.${a}`
export const eventKey = (e: IssueEventType) => `issue.event.${e}`
export const urgencyKey = (u: IssueUrgency) => `issue.urgency.${u}`
export const satisfactionKey = (s: Satisfaction) => `issue.satisfaction.${s}`

export const URGENCY_TAGS: Record<IssueUrgency, 'info' | 'success' | 'warning' | 'danger'> = {
  LOW: 'info',
  NORMAL: 'success',
  HIGH: 'warning',
  URGENT: 'danger',
}

type ButtonType = 'primary' | 'success' | 'warning' | 'danger' | 'info' | 'default'

/**
 * The workflow buttons in the order they are offered: the next step first, then the side actions. ADD_PHOTO is not
 * a button here (the photo card's upload control stands for it).
 */
export const ACTION_ORDER: IssueAction[] = [
  'ACCEPT',
  'ASSIGN',
  'START',
  'RESOLVE',
  'CLOSE',
  'DECIDE_EXTENSION',
  'REJECT',
  'ESCALATE',
  'REQUEST_EXTENSION',
  'TRANSFER',
  'EDIT',
  'COMMENT',
]

export const ACTION_BUTTONS: Record<IssueAction, ButtonType> = {
  ACCEPT: 'primary',
  ASSIGN: 'primary',
  START: 'primary',
  RESOLVE: 'success',
  CLOSE: 'success',
  DECIDE_EXTENSION: 'warning',
  REJECT: 'danger',
  ESCALATE: 'warning',
  REQUEST_EXTENSION: 'default',
  TRANSFER: 'default',
  EDIT: 'default',
  COMMENT: 'default',
  ADD_PHOTO: 'default',
}

/** The buttons to show for what the server allows, in ACTION_ORDER; nothing that is not allowed. */
export function actionButtons(allowed: readonly IssueAction[]): IssueAction[] {
  return ACTION_ORDER.filter((a) => allowed.includes(a))
}

export const EVENT_TYPES: Partial<Record<IssueEventType, 'primary' | 'success' | 'warning' | 'danger' | 'info'>> = {
  RECEIVED: 'info',
  ACCEPTED: 'primary',
  ASSIGNED: 'primary',
  STARTED: 'primary',
  RESOLVED: 'success',
  CLOSED: 'success',
  REJECTED: 'danger',
  REOPENED: 'danger',
  ESCALATED: 'warning',
  OVERDUE: 'danger',
  EXTENSION_REQUESTED: 'warning',
  EXTENSION_APPROVED: 'success',
  EXTENSION_REJECTED: 'danger',
}

const SATISFACTION_CODES: readonly string[] = ['SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED']

type Translate = (key: string, named?: Record<string, unknown>, plural?: number) => string

/**
 * What an event's `detail` means, in the reader's language: the satisfaction of a close or reopen, the working days of
 * an extension, the handler of an assignment, the new category of an edit, "A → B" of a transfer. Null when none.
 */
export function eventDetailText(
  event: Pick<IssueEvent, 'type' | 'detail'>,
  t: Translate,
  categoryName: (stored: string) => string = (stored) => stored,
): string | null {
  const detail = event.detail?.trim()
  if (!detail) return null
  switch (event.type) {
    case 'CLOSED':
    case 'REOPENED':
      return SATISFACTION_CODES.includes(detail)
        ? t('issue.eventDetail.satisfaction', { value: t(satisfactionKey(detail as Satisfaction)) })
        : detail
    case 'EXTENSION_REQUESTED':
    case 'EXTENSION_APPROVED':
    case 'EXTENSION_REJECTED': {
      const days = Number(detail)
      return Number.isInteger(days) ? t('issue.eventDetail.days', { n: days }, days) : detail
    }
    case 'ASSIGNED':
      return t('issue.eventDetail.handler', { name: detail })
    case 'RECEIVED':
      return t('issue.eventDetail.receiver', { name: detail })
    case 'EDITED':
      return t('issue.eventDetail.category', { name: categoryName(detail) })
    case 'TRANSFERRED':
      return t('issue.eventDetail.transfer', { change: detail })
    default:
      return detail
  }
}
