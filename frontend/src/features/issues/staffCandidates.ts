// Whom an issue can be given to: the staff the caller knows of. Those who manage staff (street-admins) list accounts
// (GET /api/staff); everyone else knows themselves and the grid workers of the community's grids (from their details).
import type { Me, Role } from '@/shared/api/types'
import { getArea, listAreas } from '@/features/areas'
import { listStaff } from '@/features/staff'

export interface StaffOption {
  id: number
  displayName: string
  /** Role, grid or "me", shown next to the name. */
  hint: string
}

/** Roles that may receive, handle or answer for an issue (the server checks the same). */
const RECEIVER_ROLES: Role[] = ['street-admin', 'community-staff', 'grid-worker']

export type StaffPurpose = 'receiver' | 'handler'

type Translate = (key: string, named?: Record<string, unknown>) => string

/**
 * The candidates for an issue of `communityId` (grid `gridId` first, when given): the caller first, then the others.
 * For a `receiver` (the first-responsible person at intake) a user who cannot list staff only has themselves.
 */
export async function staffCandidates(
  me: Me,
  options: { communityId?: number; gridId?: number; purpose: StaffPurpose; mayListStaff: boolean },
  t: Translate,
): Promise<StaffOption[]> {
  const found = new Map<number, StaffOption>()
  if (me.staffId !== null)
    found.set(me.staffId, { id: me.staffId, displayName: me.displayName, hint: t('issue.staff.me') })
  if (options.mayListStaff) {
    const page = await listStaff({ areaId: options.communityId, enabled: true, size: 100, sort: 'displayName' })
    for (const s of page.items) {
      if (!RECEIVER_ROLES.includes(s.role) || found.has(s.id)) continue
      const where = s.areas.map((a) => a.name).join('、')
      found.set(s.id, {
        id: s.id,
        displayName: s.displayName,
        hint: [t(`role.${s.role}`), where].filter(Boolean).join(' · '),
      })
    }
  } else if (options.purpose === 'handler' && options.communityId !== undefined) {
    const grids = (await listAreas({ parentId: options.communityId, level: 'GRID', size: 100 })).items
    const ordered = [...grids].sort((a, b) => Number(b.id === options.gridId) - Number(a.id === options.gridId))
    const details = await Promise.all(ordered.map((g) => getArea(g.id)))
    for (const grid of details) {
      for (const w of grid.gridWorkers) {
        const known = found.get(w.id)
        if (known && known.hint !== t('issue.staff.me')) known.hint = `${known.hint}、${grid.name}`
        else if (!known)
          found.set(w.id, { id: w.id, displayName: w.displayName, hint: `${t('role.grid-worker')} · ${grid.name}` })
      }
    }
  }
  return [...found.values()]
}
