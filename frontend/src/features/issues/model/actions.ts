// The workflow actions of an issue: which inputs each needs, and which of them a phone offers. The office's action
// dialog and the phone's action sheet both send them through the one runner, `performAction` in ../api.ts.
import type { IssueAction, Satisfaction } from '@/shared/api/types'
import type { OutboxInput } from '@/features/offline'

/** Actions performed through the action dialog (EDIT has its own form; ADD_PHOTO is the photo upload). */
export type DialogAction = Exclude<IssueAction, 'EDIT' | 'ADD_PHOTO'>

/**
 * Whom ASSIGN gives the issue to: a staff member, or (instead) a volunteer team whose leaders then handle it, or a
 * co-building unit whose liaisons do.
 */
export type HandlerKind = 'staff' | 'team' | 'unit'

export interface ActionInput {
  comment: string
  reason: string
  handlerKind: HandlerKind
  handlerId?: number
  handlerTeamId?: number
  handlerUnitId?: number
  toStaffId?: number
  satisfaction?: Satisfaction
  days: number
  /** DECIDE_EXTENSION: approve or reject the pending request. */
  approve: boolean
  extensionId?: number
  /** RESOLVE on the phone: a photo of the outcome, added before the issue is resolved. */
  photo?: File
}

export type ActionField =
  | 'comment'
  | 'reason'
  | 'handlerId'
  | 'handlerTeamId'
  | 'handlerUnitId'
  | 'toStaffId'
  | 'satisfaction'
  | 'days'
  | 'approve'

/** An action's inputs as a form starts them (every key present, so that assigning it clears a form). */
export function emptyActionInput(): ActionInput {
  const none = undefined
  return {
    comment: '',
    reason: '',
    days: 3,
    approve: true,
    handlerKind: 'staff',
    handlerId: none,
    handlerTeamId: none,
    handlerUnitId: none,
    toStaffId: none,
    satisfaction: none,
    extensionId: none,
    photo: none,
  }
}

/** The inputs each action asks for, and which of them are required. */
export const ACTION_FIELDS: Record<DialogAction, { fields: ActionField[]; required: ActionField[] }> = {
  ACCEPT: { fields: ['comment'], required: [] },
  REJECT: { fields: ['reason'], required: ['reason'] },
  // a staff handler, a volunteer team or a co-building unit, as handlerKind chooses (fieldsOf)
  ASSIGN: {
    fields: ['handlerId', 'handlerTeamId', 'handlerUnitId', 'comment'],
    required: ['handlerId', 'handlerTeamId', 'handlerUnitId'],
  },
  START: { fields: ['comment'], required: [] },
  RESOLVE: { fields: ['comment'], required: ['comment'] },
  CLOSE: { fields: ['satisfaction', 'comment'], required: ['satisfaction'] },
  ESCALATE: { fields: ['reason'], required: ['reason'] },
  TRANSFER: { fields: ['toStaffId', 'reason'], required: ['toStaffId', 'reason'] },
  COMMENT: { fields: ['comment'], required: ['comment'] },
  REQUEST_EXTENSION: { fields: ['days', 'reason'], required: ['days', 'reason'] },
  DECIDE_EXTENSION: { fields: ['approve', 'comment'], required: [] },
}

/** ASSIGN's field for each kind of handler. */
const HANDLER_FIELDS: Record<HandlerKind, ActionField> = {
  staff: 'handlerId',
  team: 'handlerTeamId',
  unit: 'handlerUnitId',
}

/** The fields of the action shown now: of ASSIGN's handler, team and unit, the one handlerKind chooses. */
export function fieldsOf(action: DialogAction, input: Pick<ActionInput, 'handlerKind'>): ActionField[] {
  const unchosen = Object.values(HANDLER_FIELDS).filter((f) => f !== HANDLER_FIELDS[input.handlerKind])
  return ACTION_FIELDS[action].fields.filter((f) => action !== 'ASSIGN' || !unchosen.includes(f))
}

/** A rejected extension must say why; an approval may. Of ASSIGN's handler and team, the chosen one is required. */
export function isRequired(
  action: DialogAction,
  field: ActionField,
  input: Pick<ActionInput, 'approve' | 'handlerKind'>,
): boolean {
  if (action === 'DECIDE_EXTENSION' && field === 'comment') return !input.approve
  return fieldsOf(action, input).includes(field) && ACTION_FIELDS[action].required.includes(field)
}

/** The phone's main buttons (the next step of the person in the field), in this order. */
export const PHONE_PRIMARY_ACTIONS = ['START', 'RESOLVE', 'CLOSE'] as const satisfies readonly IssueAction[]
/** The phone's side actions, shown as icons. */
export const PHONE_SECONDARY_ACTIONS = [
  'COMMENT',
  'ADD_PHOTO',
  'REQUEST_EXTENSION',
] as const satisfies readonly IssueAction[]

export type PhonePrimaryAction = (typeof PHONE_PRIMARY_ACTIONS)[number]
export type PhoneSecondaryAction = (typeof PHONE_SECONDARY_ACTIONS)[number]
/** The actions the phone asks inputs for in its action sheet. */
export type PhoneFormAction = PhonePrimaryAction | Exclude<PhoneSecondaryAction, 'ADD_PHOTO'>

/**
 * What the phone offers of the actions the server allows: its main and side actions, and whether others (accepting,
 * assigning, deciding an extension, editing…) are left to the office screens.
 */
export function phoneActions(allowed: readonly IssueAction[]) {
  const phone: readonly IssueAction[] = [...PHONE_PRIMARY_ACTIONS, ...PHONE_SECONDARY_ACTIONS]
  return {
    primary: PHONE_PRIMARY_ACTIONS.filter((a) => allowed.includes(a)),
    secondary: PHONE_SECONDARY_ACTIONS.filter((a) => allowed.includes(a)),
    officeOnly: allowed.some((a) => !phone.includes(a)),
  }
}

/** A phone action as the outbox sends it: its path, its body, and whether it is made against a version (If-Match). */
export interface PhoneActionRequest {
  path: string
  body: Record<string, unknown>
  versioned: boolean
}

/**
 * The request of a phone action (the same paths and bodies as `performAction` sends), for the outbox. A comment
 * changes nothing that could be stale: it carries no If-Match.
 */
export function phoneActionRequest(
  id: number,
  action: PhoneFormAction,
  input: Partial<Pick<ActionInput, 'comment' | 'days' | 'reason' | 'satisfaction'>>,
): PhoneActionRequest {
  const comment = input.comment?.trim() ?? ''
  const base = `/api/issues/${id}`
  switch (action) {
    case 'START':
      return { path: `${base}/start`, body: { comment: comment || undefined }, versioned: true }
    case 'RESOLVE':
      return { path: `${base}/resolve`, body: { comment }, versioned: true }
    case 'CLOSE':
      return {
        path: `${base}/close`,
        body: { satisfaction: input.satisfaction, comment: comment || undefined },
        versioned: true,
      }
    case 'REQUEST_EXTENSION':
      return {
        path: `${base}/extensions`,
        body: { days: input.days ?? 1, reason: input.reason?.trim() ?? '' },
        versioned: true,
      }
    case 'COMMENT':
      return { path: `${base}/comments`, body: { comment }, versioned: false }
  }
}

/**
 * The outbox item of an action on issue `id`, made against `etag` (the version the worker saw) when the action is
 * versioned. `label` says what and on which issue.
 */
export function actionOutbox(
  owner: string,
  id: number,
  action: PhoneFormAction,
  input: Partial<Pick<ActionInput, 'comment' | 'days' | 'reason' | 'satisfaction'>>,
  etag: string | undefined,
  label: string,
): OutboxInput {
  const { path, body, versioned } = phoneActionRequest(id, action, input)
  return {
    owner,
    kind: 'issue.action',
    path,
    body,
    label,
    link: `/m/issues/${id}`,
    ifMatch: versioned ? etag : undefined,
  }
}

/** Whether an outbox item acts on issue `id` (its pending actions are shown on the issue). */
export function actsOn(item: { kind: string; path: string }, id: number): boolean {
  return item.kind === 'issue.action' && item.path.startsWith(`/api/issues/${id}/`)
}
