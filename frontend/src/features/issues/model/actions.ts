// The workflow actions of an issue: which inputs each needs, and the call that performs it. Every call sends
// If-Match with the version the user looked at, so that a concurrent change answers 412 instead of being overridden.
import { api, ifMatch } from '@/shared/api/client'
import { unwrap } from '@/shared/api/problem'
import type { IssueAction, IssueDetail, Satisfaction } from '@/shared/api/types'
import { issuePath, rememberIssue } from '@/features/issues/api'

/** Actions performed through the action dialog (EDIT has its own form; ADD_PHOTO is the photo upload). */
export type DialogAction = Exclude<IssueAction, 'EDIT' | 'ADD_PHOTO'>

export interface ActionInput {
  comment: string
  reason: string
  handlerId?: number
  toStaffId?: number
  satisfaction?: Satisfaction
  days: number
  /** DECIDE_EXTENSION: approve or reject the pending request. */
  approve: boolean
  extensionId?: number
}

export type ActionField = 'comment' | 'reason' | 'handlerId' | 'toStaffId' | 'satisfaction' | 'days' | 'approve'

/** The inputs each action asks for, and which of them are required. */
export const ACTION_FIELDS: Record<DialogAction, { fields: ActionField[]; required: ActionField[] }> = {
  ACCEPT: { fields: ['comment'], required: [] },
  REJECT: { fields: ['reason'], required: ['reason'] },
  ASSIGN: { fields: ['handlerId', 'comment'], required: ['handlerId'] },
  START: { fields: ['comment'], required: [] },
  RESOLVE: { fields: ['comment'], required: ['comment'] },
  CLOSE: { fields: ['satisfaction', 'comment'], required: ['satisfaction'] },
  ESCALATE: { fields: ['reason'], required: ['reason'] },
  TRANSFER: { fields: ['toStaffId', 'reason'], required: ['toStaffId', 'reason'] },
  COMMENT: { fields: ['comment'], required: ['comment'] },
  REQUEST_EXTENSION: { fields: ['days', 'reason'], required: ['days', 'reason'] },
  DECIDE_EXTENSION: { fields: ['approve', 'comment'], required: [] },
}

/** A rejected extension must say why; an approval may. */
export function isRequired(action: DialogAction, field: ActionField, input: Pick<ActionInput, 'approve'>): boolean {
  if (action === 'DECIDE_EXTENSION' && field === 'comment') return !input.approve
  return ACTION_FIELDS[action].required.includes(field)
}

const opt = (s: string) => (s.trim() ? s.trim() : undefined)

/** Performs `action` on the issue and returns the issue as it now is (its new version remembered for If-Match). */
export async function performAction(id: number, action: DialogAction, input: ActionInput): Promise<IssueDetail> {
  const params = { path: { id }, header: { 'If-Match': ifMatch(issuePath(id)) } }
  let result: { data?: IssueDetail; error?: unknown; response: Response }
  switch (action) {
    case 'ACCEPT':
      result = await api.POST('/api/issues/{id}/accept', { params, body: { comment: opt(input.comment) } })
      break
    case 'REJECT':
      result = await api.POST('/api/issues/{id}/reject', { params, body: { reason: input.reason.trim() } })
      break
    case 'ASSIGN':
      result = await api.POST('/api/issues/{id}/assign', { params, body: { handlerId: input.handlerId!, comment: opt(input.comment) } })
      break
    case 'START':
      result = await api.POST('/api/issues/{id}/start', { params, body: { comment: opt(input.comment) } })
      break
    case 'RESOLVE':
      result = await api.POST('/api/issues/{id}/resolve', { params, body: { comment: input.comment.trim() } })
      break
    case 'CLOSE':
      result = await api.POST('/api/issues/{id}/close', { params, body: { satisfaction: input.satisfaction!, comment: opt(input.comment) } })
      break
    case 'ESCALATE':
      result = await api.POST('/api/issues/{id}/escalate', { params, body: { reason: input.reason.trim() } })
      break
    case 'TRANSFER':
      result = await api.POST('/api/issues/{id}/transfer', { params, body: { toStaffId: input.toStaffId!, reason: input.reason.trim() } })
      break
    case 'COMMENT':
      // a comment changes nothing that could be stale: no If-Match
      result = await api.POST('/api/issues/{id}/comments', { params: { path: { id } }, body: { comment: input.comment.trim() } })
      break
    case 'REQUEST_EXTENSION':
      result = await api.POST('/api/issues/{id}/extensions', { params, body: { days: input.days, reason: input.reason.trim() } })
      break
    case 'DECIDE_EXTENSION': {
      const path = { id, extensionId: input.extensionId! }
      result = input.approve
        ? await api.POST('/api/issues/{id}/extensions/{extensionId}/approve', {
            params: { ...params, path },
            body: { comment: opt(input.comment) },
          })
        : await api.POST('/api/issues/{id}/extensions/{extensionId}/reject', {
            params: { ...params, path },
            body: { comment: input.comment.trim() },
          })
      break
    }
  }
  return rememberIssue(unwrap(result), result.response)
}
