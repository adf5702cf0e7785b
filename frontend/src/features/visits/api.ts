// Every call to the visits API (/api/visits…): recording a visit, its photos and issues, one visit, and the log.
// The office screens and the phone screens (features/visitphone, through index.ts) share it.
import { api } from '@/shared/api/client'
import { unwrap } from '@/shared/api/problem'
import { fileUpload } from '@/shared/api/upload'
import type {
  VisitCreate,
  VisitDetail,
  VisitFindingInput,
  VisitMode,
  VisitOutcome,
  VisitPage,
} from '@/shared/api/types'

/** POST /api/visits: the saved visit (the same one again when its clientRef was already saved). */
export async function recordVisit(body: VisitCreate): Promise<VisitDetail> {
  return unwrap(await api.POST('/api/visits', { body }))
}

export async function getVisit(id: number): Promise<VisitDetail> {
  return unwrap(await api.GET('/api/visits/{id}', { params: { path: { id } } }))
}

/** The visit log's filters; days are Beijing days (YYYY-MM-DD), both inclusive. */
export interface VisitFilter {
  householdId?: number
  areaId?: number
  visitorStaffId?: number
  outcome?: VisitOutcome
  mode?: VisitMode
  from?: string
  to?: string
}

export async function listVisits(filter: VisitFilter, page: number, size: number): Promise<VisitPage> {
  return unwrap(await api.GET('/api/visits', { params: { query: { ...filter, page, size } } }))
}

/** POST /api/visits/{id}/issues: an issue raised from the visit after it was saved. */
export async function raiseVisitIssue(id: number, body: VisitFindingInput): Promise<VisitDetail> {
  return unwrap(await api.POST('/api/visits/{id}/issues', { params: { path: { id } }, body }))
}

/** POST /api/visits/{id}/photos (multipart field `file`). */
export async function addVisitPhoto(id: number, file: Blob, name: string): Promise<VisitDetail> {
  return unwrap(await api.POST('/api/visits/{id}/photos', { params: { path: { id } }, ...fileUpload(file, name) }))
}

/** A photo's bytes, fetched with the bearer token (an <img src> could not send it), as an object URL to revoke. */
export async function visitPhotoUrl(visitId: number, photoId: number): Promise<string> {
  const result = await api.GET('/api/visits/{id}/photos/{photoId}', {
    params: { path: { id: visitId, photoId } },
    parseAs: 'blob',
  })
  return URL.createObjectURL(unwrap(result) as unknown as Blob)
}
