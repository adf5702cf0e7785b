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
import { listStaff } from '@/features/staff'
import { listVolunteers } from '@/features/volunteers'
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

/**
 * Helpers matching a search: staff accounts (listed for those who manage staff; an empty list for others) and
 * volunteers. The pairings feature's helper search replaces this once it is there.
 */
export async function searchHelpers(q: string): Promise<HelperOption[]> {
  const [staff, volunteers] = await Promise.all([
    listStaff({ q, enabled: true, page: 0, size: 20 })
      .then((p) => p.items)
      .catch(() => []),
    listVolunteers({ q, page: 0, size: 20 })
      .then((p) => p.items)
      .catch(() => []),
  ])
  return [
    ...staff.map((s) => ({ kind: 'STAFF' as const, id: s.id, name: s.displayName, detail: s.username })),
    ...volunteers.map((v) => ({
      kind: 'VOLUNTEER' as const,
      id: v.id,
      name: v.name,
      detail: v.community.name,
      noAccount: !v.hasAccount,
    })),
  ]
}
