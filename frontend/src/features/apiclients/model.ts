import type { Role } from '@/shared/api/types'

/**
 * Third-party systems (API clients) are registered by street-admins, as community staff, grid workers or viewers:
 * never a street-admin (a machine credential that could create accounts and credentials), nor the people's roles
 * volunteer and unit liaison. The server applies the same rule.
 */
export const API_CLIENT_ROLES: Role[] = ['community-staff', 'grid-worker', 'viewer']
