// Bulk reassignment's rules the dialog and the history share, free of Vue: who a helper is in a request, whether a
// form may be previewed, and whether the preview shown still answers the form.
import type {
  PairingHelperKind,
  PairingReassignmentCreate,
  PairingReassignmentHelper,
  PairingReassignmentView,
} from '@/shared/api/types'

/** A helper found by the search: a staff account or a volunteer. */
export interface HelperOption {
  kind: Extract<PairingHelperKind, 'STAFF' | 'VOLUNTEER'>
  id: number
  name: string
  /** A volunteer without a sign-in account cannot take pairings over. */
  noAccount?: boolean
}

/** The key of a helper in a select ("STAFF:12"), and back. */
export function helperKey(h: Pick<HelperOption, 'kind' | 'id'>): string {
  return `${h.kind}:${h.id}`
}

export function helperRef(h: Pick<HelperOption, 'kind' | 'id'>): PairingReassignmentHelper {
  return h.kind === 'STAFF' ? { kind: 'STAFF', staffId: h.id } : { kind: 'VOLUNTEER', volunteerId: h.id }
}

export interface ReassignForm {
  from?: HelperOption
  to?: HelperOption
  areaId?: number
  includeGridObligations: boolean
  reason: string
}

export function emptyForm(): ReassignForm {
  return { includeGridObligations: false, reason: '' }
}

/** The request of a complete form, or null while something is missing or the two helpers are one. */
export function requestOf(form: ReassignForm): PairingReassignmentCreate | null {
  if (!form.from || !form.to || !form.reason.trim() || sameHelper(form.from, form.to)) return null
  return {
    from: helperRef(form.from),
    to: helperRef(form.to),
    areaId: form.areaId ?? null,
    includeGridObligations: form.includeGridObligations,
    reason: form.reason.trim(),
  }
}

export function sameHelper(a?: HelperOption, b?: HelperOption): boolean {
  return !!a && !!b && helperKey(a) === helperKey(b)
}

/** Whether a preview made for one request still answers another (confirming needs a fresh preview). */
export function samePlan(a: PairingReassignmentCreate | null, b: PairingReassignmentCreate | null): boolean {
  return !!a && !!b && JSON.stringify(a) === JSON.stringify(b)
}

/** Everything a reassignment moved: pairings, their obligations, the grid's obligations. */
export function movedTotal(
  r: Pick<PairingReassignmentView, 'pairingsMoved' | 'obligationsMoved' | 'gridObligationsMoved'>,
): number {
  return r.pairingsMoved + r.obligationsMoved + r.gridObligationsMoved
}
