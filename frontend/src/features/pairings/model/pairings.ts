// The pairings feature's rules that need no screen: the list's filters as an API query, the end reasons a person may
// choose, a helper as one picker value, the create form as the API's body, and a suggestion as a prefilled form.
import type {
  PairingCreate,
  PairingEndReason,
  PairingHelperCandidate,
  PairingHelperKind,
  PairingStatus,
  PairingSuggestion,
} from '../api'

export const PAIRING_STATUSES = ['ACTIVE', 'ENDED'] as const satisfies readonly PairingStatus[]
/** REASSIGNED is written by a reassignment, never chosen by hand. */
export const END_REASONS = [
  'HELPER_LEFT',
  'HOUSEHOLD_MOVED_OUT',
  'NO_LONGER_NEEDED',
  'EXPIRED',
  'OTHER',
] as const satisfies readonly PairingEndReason[]
/** The helpers one may pair now (party members and units come later). */
export const HELPER_KINDS = ['STAFF', 'VOLUNTEER'] as const satisfies readonly PairingHelperKind[]

export interface PairingFilters {
  area?: number
  type?: string
  helper: string
  status: PairingStatus | ''
  q: string
}

/**
 * A helper as one value for a picker and the address: `S12` (staff account 12) or `V7` (volunteer 7). A volunteer
 * with an account is still `V`: the pairing records both.
 */
export function helperKey(c: {
  kind: PairingHelperCandidate['kind']
  staffId?: number | null
  volunteerId?: number | null
}): string {
  return c.kind === 'VOLUNTEER' ? `V${c.volunteerId}` : `S${c.staffId}`
}

/** The parts of a helper key; undefined for anything else. */
export function parseHelperKey(key: string): { kind: 'STAFF' | 'VOLUNTEER'; id: number } | undefined {
  const m = /^([SV])([1-9]\d{0,15})$/.exec(key)
  if (!m) return undefined
  return { kind: m[1] === 'S' ? 'STAFF' : 'VOLUNTEER', id: Number(m[2]) }
}

/** The list's filters (as the address holds them) as the API's query: empty ones left out. */
export function pairingQuery(f: PairingFilters) {
  const helper = parseHelperKey(f.helper)
  return {
    areaId: f.area,
    typeCode: f.type || undefined,
    helperStaffId: helper?.kind === 'STAFF' ? helper.id : undefined,
    helperVolunteerId: helper?.kind === 'VOLUNTEER' ? helper.id : undefined,
    status: f.status || undefined,
    q: f.q.trim() || undefined,
  }
}

/** What the create dialog holds. */
export interface PairingForm {
  householdId?: number
  residentId?: number
  typeCode?: string
  helper?: string
  validFrom: string
  validTo?: string
  notes: string
}

/** An empty form starting today. */
export function emptyForm(today: string): PairingForm {
  return { validFrom: today, notes: '' }
}

/** The form prefilled from a suggestion: its household, its one resident and type when there is just one. */
export function formFromSuggestion(s: PairingSuggestion, today: string): PairingForm {
  return {
    ...emptyForm(today),
    householdId: s.household.id,
    residentId: s.residents.length === 1 ? s.residents[0]!.id : undefined,
    typeCode: s.typeCodes.length === 1 ? s.typeCodes[0] : undefined,
  }
}

/** The form as the API's body (the server checks it again; this only shapes it). */
export function createBody(f: PairingForm): PairingCreate {
  const helper = f.helper ? parseHelperKey(f.helper) : undefined
  return {
    householdId: f.householdId!,
    residentId: f.residentId,
    typeCode: f.typeCode ?? '',
    helper: helper
      ? helper.kind === 'STAFF'
        ? { kind: 'STAFF', staffId: helper.id }
        : { kind: 'VOLUNTEER', volunteerId: helper.id }
      : { kind: 'STAFF' },
    validFrom: f.validFrom,
    validTo: f.validTo || undefined,
    notes: f.notes.trim() || undefined,
  }
}

/** A volunteer paired without a sign-in account cannot record visits: the screens say so. */
export function cannotVisit(p: { helperStaffId?: number | null }): boolean {
  return p.helperStaffId == null
}

/** "2026-01-01 ~ 2026-12-31", or from the start on when open-ended. */
export function validityText(p: { validFrom: string; validTo?: string | null }): string {
  return p.validTo ? `${p.validFrom} ~ ${p.validTo}` : `${p.validFrom} ~`
}
