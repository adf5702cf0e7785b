// What the caller may do, as the UI needs to know it to offer pages and actions. The server decides and enforces it;
// screens ask one question, `session.can(permission)` (session.ts), and never look at roles themselves.
import type { Me, Role } from '@/shared/api/types'

/** The capabilities the server names (derived there from role and scope). */
export type Permission =
  | 'AREAS_READ'
  | 'AREAS_WRITE'
  | 'SUB_DISTRICTS_CREATE'
  | 'STAFF_MANAGE'
  | 'API_CLIENTS_MANAGE'
  | 'REGISTRY_READ'
  | 'REGISTRY_WRITE'
  | 'REGISTRY_REVEAL'
  | 'REGISTRY_IMPORT'
  | 'REGISTRY_EXPORT'
  | 'AUDIT_READ'
  | 'AUDIT_READ_OTHERS'
  | 'ISSUES_READ'
  | 'ISSUES_WRITE'
  | 'TALK_DAYS_READ'
  | 'TALK_DAYS_MANAGE'
  | 'ISSUE_CATEGORIES_MANAGE'
  | 'CALENDAR_READ'
  | 'CALENDAR_EDIT'

/** Every role, the most powerful first. */
const ALL_ROLES: readonly Role[] = ['street-admin', 'community-staff', 'grid-worker', 'unit-liaison', 'volunteer', 'viewer']
const WRITERS: readonly Role[] = ['street-admin', 'community-staff', 'grid-worker']
/** Volunteers and unit liaisons have no registry and no issues: those hold residents' personal data. */
const READERS: readonly Role[] = [...WRITERS, 'viewer']
const ADMIN: readonly Role[] = ['street-admin']

/**
 * The roles that hold each capability, as the server grants them (until /api/me reports the caller's capabilities).
 * SUB_DISTRICTS_CREATE also needs a scope of the whole platform.
 */
const GRANTS: Record<Permission, readonly Role[]> = {
  /** Everyone with a Gridwork role reads the areas in their scope. */
  AREAS_READ: ALL_ROLES,
  AREAS_WRITE: ['street-admin', 'community-staff'],
  SUB_DISTRICTS_CREATE: ADMIN,
  STAFF_MANAGE: ADMIN,
  API_CLIENTS_MANAGE: ADMIN,
  REGISTRY_READ: READERS,
  REGISTRY_WRITE: WRITERS,
  /** See an ID number or phone in plain text (with a reason; audited). */
  REGISTRY_REVEAL: WRITERS,
  REGISTRY_IMPORT: WRITERS,
  /** Excel export of a filtered list (masked; plaintext only for those who may reveal). */
  REGISTRY_EXPORT: WRITERS,
  /** Viewers could only ever see their own entries, and never make any: the page is not offered to them. */
  AUDIT_READ: WRITERS,
  /** Street-admins and community staff see everyone's entries in their scope, grid workers their own. */
  AUDIT_READ_OTHERS: ['street-admin', 'community-staff'],
  ISSUES_READ: READERS,
  /** Take in issues, comment, add photos; the detail's allowedActions say the rest. */
  ISSUES_WRITE: WRITERS,
  /** The talk-day schedule (attendance, minutes and issues only with ISSUES_READ). */
  TALK_DAYS_READ: ALL_ROLES,
  TALK_DAYS_MANAGE: ['street-admin', 'community-staff'],
  ISSUE_CATEGORIES_MANAGE: ADMIN,
  /** Everyone who works with issues reads the working calendar (deadlines are counted in its working days). */
  CALENDAR_READ: READERS,
  CALENDAR_EDIT: ADMIN,
}

/** The capabilities of a caller with these roles and this scope. */
export function capabilitiesOf(me: Pick<Me, 'roles' | 'scope'>): Permission[] {
  const granted = (Object.keys(GRANTS) as Permission[]).filter((p) => GRANTS[p].some((r) => me.roles.includes(r)))
  return me.scope.all ? granted : granted.filter((p) => p !== 'SUB_DISTRICTS_CREATE')
}

/** The role shown for a user: the most powerful one they hold. */
export function primaryRole(roles: readonly string[]): Role | undefined {
  return ALL_ROLES.find((r) => roles.includes(r))
}
