// Registry calls shared by several screens (the screens make their own one-off calls, as elsewhere).
import { api } from '@/shared/api/client'
import { unwrap } from '@/shared/api/problem'
import type { RevealField } from '@/shared/api/types'

/** POST /api/residents/{id}/reveal: the plain value of a resident's ID number or phone (audited). */
export async function revealResident(id: number, field: RevealField, reason: string): Promise<string> {
  const { value } = unwrap(await api.POST('/api/residents/{id}/reveal', { params: { path: { id } }, body: { field, reason } }))
  return value
}

/** POST /api/households/{id}/reveal-phone: a household's phone (audited). */
export async function revealHousehold(id: number, reason: string): Promise<string> {
  const { value } = unwrap(await api.POST('/api/households/{id}/reveal-phone', { params: { path: { id } }, body: { reason } }))
  return value
}
