// Every call the phone's visit pages make: the visitor's households (/api/visit-households), the caller's open
// obligations, recording a visit with its photos, and the caller's coverage.
import { api } from '@/shared/api/client'
import { unwrap } from '@/shared/api/problem'
import { fileUpload } from '@/shared/api/upload'
import type {
  VisitCreate,
  VisitDetail,
  VisitCoverageMine,
  VisitHouseholdCard,
  VisitHouseholdPage,
  VisitObligationPage,
} from '@/shared/api/types'

export async function listVisitHouseholds(
  q: string | undefined,
  page: number,
  size: number,
): Promise<VisitHouseholdPage> {
  return unwrap(await api.GET('/api/visit-households', { params: { query: { q: q || undefined, page, size } } }))
}

export async function getVisitHousehold(id: number): Promise<VisitHouseholdCard> {
  return unwrap(await api.GET('/api/visit-households/{id}', { params: { path: { id } } }))
}

/** The caller's DUE and OVERDUE obligations, nearest due first. */
export async function myObligations(): Promise<VisitObligationPage> {
  return unwrap(await api.GET('/api/visit-obligations/mine', { params: { query: { size: 100 } } }))
}

export async function createVisit(body: VisitCreate): Promise<VisitDetail> {
  return unwrap(await api.POST('/api/visits', { body }))
}

export async function addVisitPhoto(visitId: number, file: Blob, fileName: string): Promise<VisitDetail> {
  return unwrap(
    await api.POST('/api/visits/{id}/photos', { params: { path: { id: visitId } }, ...fileUpload(file, fileName) }),
  )
}

/** For each rule the caller answers for: the current period's figures. */
export async function myCoverage(): Promise<VisitCoverageMine> {
  return unwrap(await api.GET('/api/visit-coverage/mine', {}))
}
