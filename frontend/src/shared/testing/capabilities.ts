// What /api/me lists for a role, as the server's Permission enum grants it (backend access/Permission.java): fixture
// data for tests that sign in as a role. The application itself reads the capabilities from /api/me.
import type { Permission, Role } from '@/shared/api/types'

const ALL: Role[] = ['street-admin', 'community-staff', 'grid-worker', 'volunteer', 'unit-liaison', 'viewer']
const STAFF: Role[] = ['street-admin', 'community-staff', 'grid-worker']
const READERS: Role[] = [...STAFF, 'viewer']
const MANAGERS: Role[] = ['street-admin', 'community-staff']
const ADMIN: Role[] = ['street-admin']

const GRANTED: Record<Permission, Role[]> = {
  AREAS_READ: ALL,
  AREAS_WRITE: MANAGERS,
  SUB_DISTRICTS_CREATE: ADMIN,
  STAFF_MANAGE: ADMIN,
  API_CLIENTS_MANAGE: ADMIN,
  DICTIONARY_READ: ALL,
  DICTIONARY_MANAGE: ADMIN,
  REGISTRY_READ: READERS,
  REGISTRY_WRITE: STAFF,
  REGISTRY_REVEAL: STAFF,
  REGISTRY_IMPORT: STAFF,
  REGISTRY_EXPORT: STAFF,
  AUDIT_READ: READERS,
  AUDIT_READ_OTHERS: MANAGERS,
  TALK_DAYS_READ: ALL,
  TALK_DAY_RECORDS_READ: READERS,
  TALK_DAYS_MANAGE: MANAGERS,
  ISSUES_READ: READERS,
  ISSUES_WRITE: STAFF,
  ISSUES_MANAGE: MANAGERS,
  ISSUES_DECIDE_ESCALATED: ADMIN,
  ISSUES_HANDLE: STAFF,
  ISSUES_HANDLE_AS_TEAM: ['volunteer'],
  ISSUE_CATEGORIES_MANAGE: ADMIN,
  CALENDAR_READ: ALL,
  CALENDAR_EDIT: ADMIN,
  NOTIFICATIONS_READ: ALL,
  VOLUNTEERS_READ: READERS,
  VOLUNTEERS_MANAGE: MANAGERS,
  VOLUNTEERS_REVEAL: MANAGERS,
  VOLUNTEER_TEAMS_MANAGE: MANAGERS,
  VOLUNTEER_OWN_PROFILE: ['volunteer'],
  ACTIVITIES_READ: [...READERS, 'volunteer'],
  ACTIVITIES_MANAGE: [...MANAGERS, 'volunteer'],
  VOLUNTEER_STATS_READ: READERS,
  ACTIVITIES_SIGN_UP: ['volunteer'],
  VOLUNTEER_CHECK_IN: ['volunteer'],
  VOLUNTEER_ATTENDANCE_MANAGE: [...MANAGERS, 'volunteer'],
  HOURS_READ: READERS,
  HOURS_CONFIRM: MANAGERS,
  HOURS_REPORT: ['volunteer'],
  HOURS_LOCK: ADMIN,
  HOURS_STARS_MANAGE: ADMIN,
  HOURS_EXPORT: MANAGERS,
  PAIRINGS_READ: READERS,
  PAIRINGS_MANAGE: MANAGERS,
  VISIT_RULES_READ: READERS,
  VISIT_RULES_MANAGE: ADMIN,
  VISITS_READ: READERS,
  VISITS_RECORD: STAFF,
  VISITS_RECORD_AS_HELPER: ['volunteer'],
  VISIT_OBLIGATIONS_MANAGE: MANAGERS,
  VISIT_COVERAGE_READ: READERS,
}

/** The capabilities the server reports for these roles (SUB_DISTRICTS_CREATE only with the whole platform). */
export function capabilitiesFor(roles: readonly string[], wholePlatform = false): Permission[] {
  return (Object.keys(GRANTED) as Permission[]).filter(
    (p) => GRANTED[p].some((r) => roles.includes(r)) && (p !== 'SUB_DISTRICTS_CREATE' || wholePlatform),
  )
}
