// Who may do what, as the UI needs to know it to show or hide actions. The server enforces the same rules;
// these only keep the UI from offering what would be refused.
import type { AreaLevel, Me, Role } from '@/shared/api/types'

/** Role names as the API reports them (`/api/me` lists them as plain strings). */
type Roles = readonly string[]

export const CHILD_LEVEL: Record<AreaLevel, AreaLevel | null> = {
  SUB_DISTRICT: 'COMMUNITY',
  COMMUNITY: 'GRID',
  GRID: 'BUILDING',
  BUILDING: null,
}

export function hasRole(roles: Roles, role: Role): boolean {
  return roles.includes(role)
}

/** Everyone with a Gridwork role reads the areas in their scope. */
export function canReadAreas(roles: Roles): boolean {
  return roles.length > 0
}

export function canManageStaff(roles: Roles): boolean {
  return hasRole(roles, 'street-admin')
}

/**
 * Third-party systems (API clients) are registered by street-admins, as community staff, grid workers or viewers:
 * never a street-admin (a machine credential that could create accounts and credentials), nor the people's roles
 * volunteer and unit liaison. The server applies the same rule.
 */
export const API_CLIENT_ROLES: Role[] = ['community-staff', 'grid-worker', 'viewer']

export function canManageApiClients(roles: Roles): boolean {
  return hasRole(roles, 'street-admin')
}

/** Area levels a role may create, edit and delete (within its scope). */
export function writableLevels(roles: Roles): AreaLevel[] {
  if (hasRole(roles, 'street-admin')) return ['SUB_DISTRICT', 'COMMUNITY', 'GRID', 'BUILDING']
  if (hasRole(roles, 'community-staff')) return ['GRID', 'BUILDING']
  return []
}

export function canWriteLevel(roles: Roles, level: AreaLevel): boolean {
  return writableLevels(roles).includes(level)
}

/** May the user edit or delete this area? `inScope` comes from the tree (children inherit their parent's). */
export function canWriteArea(roles: Roles, area: { level: AreaLevel; inScope: boolean }): boolean {
  return area.inScope && canWriteLevel(roles, area.level)
}

/** The level of child the user may create under `parent`, or null when they may not create one there. */
export function creatableChildLevel(roles: Roles, parent: { level: AreaLevel; inScope: boolean }): AreaLevel | null {
  const child = CHILD_LEVEL[parent.level]
  return child && parent.inScope && canWriteLevel(roles, child) ? child : null
}

/** A new sub-district (a root) may be created by a street-admin whose scope is the whole platform. */
export function canCreateSubDistrict(me: Pick<Me, 'roles' | 'scope'>): boolean {
  return hasRole(me.roles, 'street-admin') && me.scope.all
}

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

/** The role shown for a user: the most powerful one they hold. */
export function primaryRole(roles: Roles): Role | undefined {
  const order: Role[] = ['street-admin', 'community-staff', 'grid-worker', 'unit-liaison', 'volunteer', 'viewer']
  return order.find((r) => roles.includes(r))
}

// ---- registry (households, residents): see the registry design. Volunteers and unit liaisons have no registry.
export const REGISTRY_READERS: Role[] = ['street-admin', 'community-staff', 'grid-worker', 'viewer']
export const REGISTRY_WRITERS: Role[] = ['street-admin', 'community-staff', 'grid-worker']

/** Lists and details of households and residents (masked), within the scope. */
export function canReadRegistry(roles: Roles): boolean {
  return REGISTRY_READERS.some((r) => roles.includes(r))
}

/** Create, edit, move, move out and restore households and residents. */
export function canWriteRegistry(roles: Roles): boolean {
  return REGISTRY_WRITERS.some((r) => roles.includes(r))
}

/** See an ID number or phone in plain text (with a reason; audited). */
export function canReveal(roles: Roles): boolean {
  return REGISTRY_WRITERS.some((r) => roles.includes(r))
}

export function canImportRegistry(roles: Roles): boolean {
  return REGISTRY_WRITERS.some((r) => roles.includes(r))
}

/** Excel export of a filtered list (masked; plaintext only for those who may reveal). */
export function canExportRegistry(roles: Roles): boolean {
  return REGISTRY_WRITERS.some((r) => roles.includes(r))
}

/**
 * The audit log page: street-admins and community staff see the entries in their scope, grid workers their own.
 * Viewers could only ever see their own entries, and never make any, so the page is not offered to them.
 */
export function canReadAudit(roles: Roles): boolean {
  return REGISTRY_WRITERS.some((r) => roles.includes(r))
}

/** Whether the audit log shows everyone's entries in the scope (else only the caller's own). */
export function auditSeesOthers(roles: Roles): boolean {
  return hasRole(roles, 'street-admin') || hasRole(roles, 'community-staff')
}

// ---- talk days and issues (issue 4): volunteers and unit liaisons read the talk-day schedule of their communities
// (not attendance, minutes or issues); issues hold residents' personal data.
export const ISSUE_READERS: Role[] = ['street-admin', 'community-staff', 'grid-worker', 'viewer']
export const TALK_DAY_READERS: Role[] = [...ISSUE_READERS, 'volunteer', 'unit-liaison']
export const ISSUE_WRITERS: Role[] = ['street-admin', 'community-staff', 'grid-worker']
export const TALK_DAY_MANAGERS: Role[] = ['street-admin', 'community-staff']
/** Everyone who works with issues reads the working calendar (deadlines are counted in its working days). */
export const CALENDAR_READERS: Role[] = ISSUE_READERS

/** Issue lists, details and statistics (read only for viewers). */
export function canReadIssues(roles: Roles): boolean {
  return ISSUE_READERS.some((r) => roles.includes(r))
}

/** The talk-day calendar and session pages (the schedule; attendance, minutes and issues only with canReadIssues). */
export function canReadTalkDays(roles: Roles): boolean {
  return TALK_DAY_READERS.some((r) => roles.includes(r))
}

/** Take in issues (at a talk day or any day), comment, add photos; the detail's allowedActions say the rest. */
export function canWriteIssues(roles: Roles): boolean {
  return ISSUE_WRITERS.some((r) => roles.includes(r))
}

/** Schedule, edit, record and cancel talk-day sessions. */
export function canManageTalkDays(roles: Roles): boolean {
  return TALK_DAY_MANAGERS.some((r) => roles.includes(r))
}

/** Issue categories and their time limits are the sub-district's: street-admins only. */
export function canManageIssueCategories(roles: Roles): boolean {
  return hasRole(roles, 'street-admin')
}

export function canReadCalendar(roles: Roles): boolean {
  return CALENDAR_READERS.some((r) => roles.includes(r))
}

export function canEditCalendar(roles: Roles): boolean {
  return hasRole(roles, 'street-admin')
}

/** Other staff accounts can be listed (GET /api/staff) by street-admins only; everyone else picks among those they know. */
export function canListStaff(roles: Roles): boolean {
  return hasRole(roles, 'street-admin')
}
