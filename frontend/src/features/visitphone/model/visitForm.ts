// The phone's visit form as plain data: what the user fills in, what is checked before sending, the body sent, and
// where the server's complaints go. No Vue, no browser: table-tested in visitForm.test.ts.
import type {
  IssueUrgency,
  VisitLivingConditions,
  VisitCreate,
  VisitLocationMissingReason,
  VisitMode,
  VisitObligationState,
  VisitOutcome,
} from '@/shared/api/types'

/** Where the phone was (the contract's VisitLocation). */
export type VisitLocation = NonNullable<VisitCreate['location']>
import { daysFrom } from '@/shared/time/dates'
import type { OutboxInput } from '@/features/offline'

export const VISIT_MODES = ['IN_HOME', 'AT_DOOR', 'PHONE', 'VIDEO'] as const satisfies readonly VisitMode[]
export const VISIT_OUTCOMES = [
  'COMPLETED',
  'NOBODY_HOME',
  'REFUSED',
  'WRONG_ADDRESS',
] as const satisfies readonly VisitOutcome[]
export const LIVING_CONDITIONS = [
  'GOOD',
  'FAIR',
  'POOR',
  'CRITICAL',
] as const satisfies readonly VisitLivingConditions[]

export interface FindingDraft {
  /** A key for the list on screen only. */
  key: number
  categoryId: number | null
  description: string
  urgency: IssueUrgency
}

export interface VisitDraft {
  householdId: number
  mode: VisitMode
  outcome: VisitOutcome
  memberIds: number[]
  livingConditions: VisitLivingConditions | null
  needs: string[]
  /** question id → answer as typed or chosen */
  answers: Record<number, string>
  notes: string
  findings: FindingDraft[]
  /** The visit's time of day (HH:mm) when the user moved it earlier today; null: the moment of saving. */
  time: string | null
  /** The form's own id: a double tap or a retry after a lost answer sends it again and makes no second visit. */
  clientRef: string
}

/** Where the phone was, or why it could not tell. */
export type LocationFix =
  { kind: 'fix'; location: VisitLocation } | { kind: 'missing'; reason: VisitLocationMissingReason }

export function emptyDraft(householdId: number, clientRef: string): VisitDraft {
  return {
    householdId,
    mode: 'IN_HOME',
    outcome: 'COMPLETED',
    memberIds: [],
    livingConditions: null,
    needs: [],
    answers: {},
    notes: '',
    findings: [],
    time: null,
    clientRef,
  }
}

/** Nobody at home, refused, wrong address: counted as an attempt, never as a visit. */
export function isAttempt(outcome: VisitOutcome): boolean {
  return outcome !== 'COMPLETED'
}

/** A phone or video call is not made at the door: it carries no location (NOT_ON_SITE). */
export function onSite(mode: VisitMode): boolean {
  return mode === 'IN_HOME' || mode === 'AT_DOOR'
}

/** A GeolocationPositionError's code as the reason a visit has no location. */
export function locationFailure(code: number): VisitLocationMissingReason {
  return code === 1 ? 'DENIED' : code === 3 ? 'TIMEOUT' : 'UNAVAILABLE'
}

/** The device's position as the visit's location (accuracy in whole metres, at least 1). */
export function locationOf(coords: { latitude: number; longitude: number; accuracy: number }): VisitLocation {
  const round6 = (n: number) => Math.round(n * 1e6) / 1e6
  return {
    latitude: round6(coords.latitude),
    longitude: round6(coords.longitude),
    accuracyMeters: Math.max(1, Math.round(coords.accuracy)),
  }
}

/**
 * The visit's time as the device tells it: now, or today's `time` (HH:mm, local) when the user moved it. The
 * instant is sent as ISO; the server takes its day in Beijing time.
 */
export function visitedAt(now: Date, time: string | null): string {
  if (!time) return now.toISOString()
  const [h, m] = time.split(':').map(Number)
  const at = new Date(now)
  at.setHours(h!, m!, 0, 0)
  return at.toISOString()
}

/** A form field: mode, outcome, time, members, living, needs, answers, notes, location, or finding.<i>.<part>. */
export type VisitField = string

/** What the form refuses before sending (message keys under visitPhone.form), by field. */
export function checkDraft(draft: VisitDraft, now: Date): Record<string, string> {
  const problems: Record<string, string> = {}
  if (draft.time && Date.parse(visitedAt(now, draft.time)) > now.getTime()) problems.time = 'timeFuture'
  draft.findings.forEach((f, i) => {
    if (f.categoryId === null) problems[`finding.${i}.category`] = 'findingCategoryRequired'
    if (!f.description.trim()) problems[`finding.${i}.description`] = 'findingDescriptionRequired'
  })
  return problems
}

/**
 * The POST /api/visits body. An attempt sends no observations (nobody was seen); a call sends no location but
 * "not on site"; blank answers are left out.
 */
export function visitBody(draft: VisitDraft, where: LocationFix | null, now: Date): VisitCreate {
  const attempt = isAttempt(draft.outcome)
  const fix: LocationFix = !onSite(draft.mode)
    ? { kind: 'missing', reason: 'NOT_ON_SITE' }
    : (where ?? { kind: 'missing', reason: 'UNAVAILABLE' })
  return {
    householdId: draft.householdId,
    mode: draft.mode,
    outcome: draft.outcome,
    visitedAt: visitedAt(now, draft.time),
    location: fix.kind === 'fix' ? fix.location : undefined,
    locationMissingReason: fix.kind === 'missing' ? fix.reason : undefined,
    memberIds: attempt ? [] : [...draft.memberIds],
    livingConditions: attempt ? undefined : (draft.livingConditions ?? undefined),
    needs: attempt ? [] : [...draft.needs],
    answers: attempt
      ? []
      : Object.entries(draft.answers)
          .filter(([, answer]) => answer.trim() !== '')
          .map(([questionId, answer]) => ({ questionId: Number(questionId), answer: answer.trim() })),
    notes: draft.notes.trim() || null,
    findings: draft.findings.map((f) => ({
      categoryId: f.categoryId!,
      description: f.description.trim(),
      urgency: f.urgency,
    })),
    clientRef: draft.clientRef,
  }
}

/**
 * The outbox item of a visit: POST /api/visits with the form's body (its clientRef still lets the server de-duplicate)
 * and its photos, whose upload ids the outbox puts into photoUploadIds before it sends. `label` names the household.
 */
export function visitOutbox(
  owner: string,
  body: VisitCreate,
  label: string,
  photos: { blob: Blob; fileName: string }[],
): OutboxInput {
  return {
    owner,
    kind: 'visit.create',
    path: '/api/visits',
    body: { ...body },
    label,
    link: `/m/visits/households/${body.householdId}`,
    photos,
    photoField: 'photoUploadIds',
  }
}

const FIELDS: Record<string, VisitField> = {
  mode: 'mode',
  outcome: 'outcome',
  visitedAt: 'time',
  memberIds: 'members',
  livingConditions: 'living',
  needs: 'needs',
  answers: 'answers',
  notes: 'notes',
  location: 'location',
  locationMissingReason: 'location',
  latitude: 'location',
  longitude: 'location',
  accuracyMeters: 'location',
}

/**
 * The form field a violation of the POST belongs to (its path, e.g. `create.body.findings[1].description`): a
 * finding's own fields by its index, the rest by name; undefined for one the form has no place for.
 */
export function visitFieldOf(path: string): VisitField | undefined {
  const finding = /findings\[(\d+)]\.(categoryId|description|urgency)$/.exec(path)
  if (finding) {
    const part = finding[2] === 'categoryId' ? 'category' : finding[2]
    return `finding.${finding[1]}.${part}`
  }
  const parts = path.split('.').filter(Boolean)
  for (let i = parts.length - 1; i >= 0; i--) {
    const name = parts[i]!.replace(/\[\d*]$/, '')
    if (FIELDS[name]) return FIELDS[name]
  }
  return undefined
}

/** How an open obligation reads on the day list: "逾期N天" from the day after its due day, else days left. */
export function dueLabel(
  state: VisitObligationState,
  dueOn: string,
  today: string,
): { kind: 'overdue' | 'due'; days: number } {
  const left = daysFrom(today, dueOn)
  if (state === 'OVERDUE' || left < 0) return { kind: 'overdue', days: Math.max(1, -left) }
  return { kind: 'due', days: left }
}

/** The day list: overdue first, then nearest due, then by household (the server's order, kept stable). */
export function byUrgency<T extends { dueOn: string; id: number }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : a.id - b.id))
}
