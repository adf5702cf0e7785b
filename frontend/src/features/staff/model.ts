// Staff accounts: the roles an account may hold and the area scope each role takes (form rules; the server checks
// the same).
import type { Role } from '@/shared/api/types'

export const ROLES = [
  'street-admin',
  'community-staff',
  'grid-worker',
  'volunteer',
  'unit-liaison',
  'viewer',
] as const satisfies readonly Role[]
