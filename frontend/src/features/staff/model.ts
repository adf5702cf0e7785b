// Staff accounts: the roles an account may hold and the area scope each role takes (form rules; the server checks
// the same).
import type { AreaLevel, Role } from '@/shared/api/types'

export const ROLES = [
  'street-admin',
  'community-staff',
  'grid-worker',
  'volunteer',
  'unit-liaison',
  'viewer',
] as const satisfies readonly Role[]

/** Area levels a staff member of the given role may be scoped to. */
export function scopeLevelsFor(role: Role): AreaLevel[] {
  switch (role) {
    case 'street-admin':
      return ['SUB_DISTRICT']
    case 'community-staff':
      return ['COMMUNITY']
    case 'grid-worker':
      return ['GRID']
    default:
      return ['SUB_DISTRICT', 'COMMUNITY', 'GRID', 'BUILDING']
  }
}

/** Only a street-admin may have no area at all (= the whole platform). */
export function scopeRequired(role: Role): boolean {
  return role !== 'street-admin'
}
