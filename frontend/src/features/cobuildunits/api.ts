// Every call to the co-building unit endpoints (/api/cobuild-units…).
import type { paths } from '@/api/schema'
import { api, ifMatch } from '@/shared/api/client'
import { unwrap } from '@/shared/api/problem'
import type {
  CoBuildUnitCreate,
  CoBuildUnitLiaisonAccount,
  CoBuildUnitLiaisonView,
  CoBuildUnitOption,
  CoBuildUnitPage,
  CoBuildUnitUpdate,
  CoBuildUnitView,
} from '@/shared/api/types'

export type CoBuildUnitQuery = NonNullable<paths['/api/cobuild-units']['get']['parameters']['query']>

const unitPath = (id: number) => `/api/cobuild-units/${id}`

export async function listUnits(query: CoBuildUnitQuery): Promise<CoBuildUnitPage> {
  return unwrap(await api.GET('/api/cobuild-units', { params: { query } }))
}

/** One unit; its ETag is kept for the edit that may follow. */
export async function getUnit(id: number): Promise<CoBuildUnitView> {
  return unwrap(await api.GET('/api/cobuild-units/{id}', { params: { path: { id } } }))
}

/** The unit the signed-in liaison acts for (404 for any other account). */
export async function getMyUnit(): Promise<CoBuildUnitView> {
  return unwrap(await api.GET('/api/cobuild-units/mine'))
}

/** Active units an issue of the community may be given to, paired ones first. */
export async function listUnitOptions(communityId: number): Promise<CoBuildUnitOption[]> {
  return unwrap(await api.GET('/api/cobuild-units/options', { params: { query: { communityId } } }))
}

export async function createUnit(body: CoBuildUnitCreate): Promise<CoBuildUnitView> {
  return unwrap(await api.POST('/api/cobuild-units', { body }))
}

/** PUT against the version last read (If-Match): 412 when someone changed it meanwhile. */
export async function updateUnit(id: number, body: CoBuildUnitUpdate): Promise<CoBuildUnitView> {
  return unwrap(
    await api.PUT('/api/cobuild-units/{id}', {
      params: { path: { id }, header: { 'If-Match': ifMatch(unitPath(id)) } },
      body,
    }),
  )
}

/** The contact's plain phone number; the server writes the access to the audit log with the reason. */
export async function revealUnitPhone(id: number, reason: string): Promise<string> {
  return unwrap(await api.POST('/api/cobuild-units/{id}/reveal', { params: { path: { id } }, body: { reason } }))
    .contactPhone
}

export async function listLiaisons(id: number): Promise<CoBuildUnitLiaisonView[]> {
  return unwrap(await api.GET('/api/cobuild-units/{id}/liaisons', { params: { path: { id } } }))
}

/** A liaison sign-in for the unit and its temporary password (shown once). */
export async function createLiaison(
  id: number,
  username: string,
  displayName: string,
): Promise<CoBuildUnitLiaisonAccount> {
  return unwrap(
    await api.POST('/api/cobuild-units/{id}/liaisons', { params: { path: { id } }, body: { username, displayName } }),
  )
}

export async function disableLiaison(id: number, staffId: number): Promise<CoBuildUnitLiaisonView> {
  return unwrap(
    await api.POST('/api/cobuild-units/{id}/liaisons/{staffId}/disable', { params: { path: { id, staffId } } }),
  )
}
