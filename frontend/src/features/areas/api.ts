// Every call to the areas endpoints (/api/areas…), for office and phone screens alike.
import type { paths } from '@/api/schema'
import { api, etagOf, ifMatch } from '@/shared/api/client'
import { unwrap } from '@/shared/api/problem'
import type { AreaCreate, AreaDetail, AreaNode, AreaSummary, AreaSummaryPage, AreaUpdate } from '@/shared/api/types'

export type AreaQuery = NonNullable<paths['/api/areas']['get']['parameters']['query']>

const areaPath = (id: number) => `/api/areas/${id}`

/** The caller's whole area tree (what their scope reaches, and the ancestors above it). */
export async function getAreaTree(): Promise<AreaNode[]> {
  return unwrap(await api.GET('/api/areas/tree'))
}

export async function listAreas(query: AreaQuery): Promise<AreaSummaryPage> {
  return unwrap(await api.GET('/api/areas', { params: { query } }))
}

/** One area; its ETag is recorded, so that an edit or deletion is made against this version. */
export async function getArea(id: number): Promise<AreaDetail> {
  return unwrap(await api.GET('/api/areas/{id}', { params: { path: { id } } }))
}

export async function createArea(body: AreaCreate): Promise<AreaDetail> {
  return unwrap(await api.POST('/api/areas', { body }))
}

/** PUT against the version last read (If-Match): 412 when someone changed it meanwhile. */
export async function updateArea(id: number, body: AreaUpdate): Promise<AreaDetail> {
  return unwrap(
    await api.PUT('/api/areas/{id}', { params: { path: { id }, header: { 'If-Match': ifMatch(areaPath(id)) } }, body }),
  )
}

/**
 * Deletes an area: against the version of a list row when given, else the one last read of it (the client adds the
 * If-Match it recorded).
 */
export async function deleteArea(id: number, version?: number): Promise<void> {
  unwrap(
    await api.DELETE(
      '/api/areas/{id}',
      version === undefined
        ? { params: { path: { id } } }
        : { params: { path: { id } }, headers: { 'If-Match': etagOf(version) } },
    ),
  )
}

const BUILDINGS_PAGE = 100

/** Every building of a grid, by name (page after page: a grid may have more than one page of them). */
export async function buildingsOf(gridId: number): Promise<AreaSummary[]> {
  const all: AreaSummary[] = []
  for (let page = 0; ; page++) {
    const result = await listAreas({ parentId: gridId, level: 'BUILDING', page, size: BUILDINGS_PAGE, sort: 'name' })
    all.push(...result.items)
    if (result.items.length < BUILDINGS_PAGE || all.length >= result.total) return all
  }
}
