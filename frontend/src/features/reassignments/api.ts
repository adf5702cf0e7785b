// Every call of bulk reassignment (/api/pairing-reassignments…), and the helper search its dialog uses.
import { api } from '@/shared/api/client'
import { unwrap } from '@/shared/api/problem'
import type {
  PairingReassignmentCreate,
  PairingReassignmentDetail,
  PairingReassignmentPage,
  PairingReassignmentPreview,
  PairingReassignmentView,
} from '@/shared/api/types'
import type { HelperOption } from './model/reassign'

export async function previewReassignment(body: PairingReassignmentCreate): Promise<PairingReassignmentPreview> {
  return unwrap(await api.POST('/api/pairing-reassignments/preview', { body }))
}

export async function reassignPairings(body: PairingReassignmentCreate): Promise<PairingReassignmentView> {
  return unwrap(await api.POST('/api/pairing-reassignments', { body }))
}

export async function listReassignments(
  areaId: number | undefined,
  page: number,
  size: number,
): Promise<PairingReassignmentPage> {
  return unwrap(await api.GET('/api/pairing-reassignments', { params: { query: { areaId, page, size } } }))
}

export async function getReassignment(id: number): Promise<PairingReassignmentDetail> {
  return unwrap(await api.GET('/api/pairing-reassignments/{id}', { params: { path: { id } } }))
}

/** Helpers matching a search (the pairings' candidates: staff of the caller's areas and volunteers). */
export async function searchHelpers(q: string): Promise<HelperOption[]> {
  const candidates = unwrap(await api.GET('/api/pairing-helpers', { params: { query: { q } } }))
  return candidates.flatMap((c): HelperOption[] => {
    if (c.kind === 'STAFF' && c.staffId != null) return [{ kind: 'STAFF', id: c.staffId, name: c.name }]
    if (c.kind === 'VOLUNTEER' && c.volunteerId != null)
      return [{ kind: 'VOLUNTEER', id: c.volunteerId, name: c.name, noAccount: !c.hasAccount }]
    return []
  })
}
