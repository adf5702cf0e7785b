import type { Role } from '@/shared/api/types'

/** Who works on issues on the phone: grid workers, community staff and street admins (viewers use the office screens). */
export const MOBILE_ISSUE_ROLES: Role[] = ['grid-worker', 'community-staff', 'street-admin']

export function mayUseMobileIssues(roles: readonly string[]): boolean {
  return MOBILE_ISSUE_ROLES.some((r) => roles.includes(r))
}
