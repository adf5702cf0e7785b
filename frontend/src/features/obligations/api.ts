// Every call about visit obligations (/api/visit-obligations…).
import { api, etagOf } from '@/shared/api/client'
import { unwrap } from '@/shared/api/problem'
import type { VisitObligationPage, VisitObligationState, VisitObligationView } from '@/shared/api/types'

export interface ObligationFilter {
  householdId?: number
  ruleId?: number
  periodId?: number
  areaId?: number
  responsibleStaffId?: number
  state?: VisitObligationState
}

export async function listObligations(
  filter: ObligationFilter,
  page = 0,
  size = 20,
  sort?: string,
): Promise<VisitObligationPage> {
  return unwrap(await api.GET('/api/visit-obligations', { params: { query: { ...filter, page, size, sort } } }))
}

/** The caller's own: due and overdue unless a state is given, overdue first. */
export async function listMyObligations(
  state?: VisitObligationState,
  page = 0,
  size = 20,
): Promise<VisitObligationPage> {
  return unwrap(await api.GET('/api/visit-obligations/mine', { params: { query: { state, page, size } } }))
}

export async function getObligation(id: number): Promise<VisitObligationView> {
  return unwrap(await api.GET('/api/visit-obligations/{id}', { params: { path: { id } } }))
}

/** Against the version shown (If-Match): 412 when it changed meanwhile, 409 when it is no longer open. */
export async function markNotApplicable(read: VisitObligationView, note: string): Promise<VisitObligationView> {
  return unwrap(
    await api.POST('/api/visit-obligations/{id}/not-applicable', {
      params: { path: { id: read.id }, header: { 'If-Match': etagOf(read.version) } },
      body: { reason: 'OTHER', note },
    }),
  )
}
