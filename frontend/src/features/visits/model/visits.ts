// Pure rules of a visit record, shared by the office screens and the phone's recording form.
import type {
  VisitCreate,
  VisitLivingConditions,
  VisitLocationMissingReason,
  VisitMode,
  VisitOutcome,
  VisitUrgency,
} from './types'

export const VISIT_MODES: readonly VisitMode[] = ['IN_HOME', 'AT_DOOR', 'PHONE', 'VIDEO']
export const VISIT_OUTCOMES: readonly VisitOutcome[] = ['COMPLETED', 'NOBODY_HOME', 'REFUSED', 'WRONG_ADDRESS']
export const LOCATION_MISSING_REASONS: readonly VisitLocationMissingReason[] = [
  'DENIED',
  'UNAVAILABLE',
  'TIMEOUT',
  'NOT_ON_SITE',
]

/** A phone or video visit is not on site: it has no location, and its reason is NOT_ON_SITE. */
export function isRemote(mode: VisitMode): boolean {
  return mode === 'PHONE' || mode === 'VIDEO'
}

/** What a device reported: a position with its accuracy, or nothing and why. */
export type DevicePosition =
  | { kind: 'located'; latitude: number; longitude: number; accuracyMeters: number }
  | { kind: 'missing'; reason: VisitLocationMissingReason }

/** The location part of a visit: exactly one of location and locationMissingReason, as the server requires. */
export function locationPart(
  mode: VisitMode,
  position: DevicePosition,
): Pick<VisitCreate, 'location' | 'locationMissingReason'> {
  if (isRemote(mode)) return { location: undefined, locationMissingReason: 'NOT_ON_SITE' }
  if (position.kind === 'located') {
    return {
      location: {
        latitude: Number(position.latitude.toFixed(6)),
        longitude: Number(position.longitude.toFixed(6)),
        accuracyMeters: Math.max(0, Math.min(10000, Math.round(position.accuracyMeters))),
      },
      locationMissingReason: undefined,
    }
  }
  // NOT_ON_SITE is a phone or video visit's reason; on site a missing position is "unavailable"
  const reason = position.reason === 'NOT_ON_SITE' ? 'UNAVAILABLE' : position.reason
  return { location: undefined, locationMissingReason: reason }
}

/** The visit form as a screen holds it. */
export interface VisitForm {
  householdId: number
  mode: VisitMode
  outcome: VisitOutcome
  visitedAt: Date
  position: DevicePosition
  memberIds: number[]
  livingConditions?: VisitLivingConditions
  needs: string[]
  answers: Record<number, string>
  notes: string
  findings: { categoryId?: number; description: string; urgency: VisitUrgency }[]
  clientRef: string
}

/** The request body for a visit form: answers left blank and empty findings rows are left out. */
export function buildVisitCreate(form: VisitForm): VisitCreate {
  const notes = form.notes.trim()
  return {
    householdId: form.householdId,
    mode: form.mode,
    outcome: form.outcome,
    visitedAt: form.visitedAt.toISOString(),
    ...locationPart(form.mode, form.position),
    memberIds: [...new Set(form.memberIds)],
    livingConditions: form.livingConditions,
    needs: [...new Set(form.needs)],
    answers: Object.entries(form.answers)
      .filter(([, answer]) => answer.trim() !== '')
      .map(([questionId, answer]) => ({ questionId: Number(questionId), answer: answer.trim() })),
    notes: notes === '' ? undefined : notes,
    findings: form.findings
      .filter((f) => f.categoryId !== undefined || f.description.trim() !== '')
      .map((f) => ({ categoryId: f.categoryId as number, description: f.description.trim(), urgency: f.urgency })),
    clientRef: form.clientRef,
  }
}

/**
 * Why a visit did or did not count, for the detail page: attempts never count; a completed visit counts once per day
 * (a second visit that day adds nothing); the list says for which obligations it counted.
 */
export type CountingNote = 'attempt' | 'counted' | 'notCounted'

export function countingNote(outcome: VisitOutcome, countedFor: number): CountingNote {
  if (outcome !== 'COMPLETED') return 'attempt'
  return countedFor > 0 ? 'counted' : 'notCounted'
}
