// Which areas a user may create, edit and delete, by level: form rules the server checks alike. Whether the user may
// write areas at all is the capability AREAS_WRITE; which levels a role writes is not a capability, so it is read
// from the role here.
import type { AreaLevel, Role } from '@/shared/api/types'

/** Role names as the API reports them (`/api/me` lists them as plain strings). */
type Roles = readonly string[]

export const CHILD_LEVEL: Record<AreaLevel, AreaLevel | null> = {
  SUB_DISTRICT: 'COMMUNITY',
  COMMUNITY: 'GRID',
  GRID: 'BUILDING',
  BUILDING: null,
}

const hasRole = (roles: Roles, role: Role) => roles.includes(role)

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
