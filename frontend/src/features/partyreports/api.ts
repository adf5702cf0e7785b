// Every call to the party-member report endpoints (/api/party-reports…, /api/party-unit-reports…).
import type { components, paths } from '@/api/schema'
import { api } from '@/shared/api/client'
import { unwrap } from '@/shared/api/problem'

type Schemas = components['schemas']
export type PartyReportView = Schemas['PartyReportView']
export type PartyReportDetail = Schemas['PartyReportDetail']
export type PartyReportPage = Schemas['PageResultPartyReportView']
export type PartyReportCreate = Schemas['PartyReportCreate']
export type PartyReportOwnCreate = Schemas['PartyReportOwnCreate']
export type PartyReportPrefill = Schemas['PartyReportPrefill']
export type PartyReportUnit = Schemas['PartyReportUnit']
export type PartyReportStatus = Schemas['PartyReportStatus']
export type OrganisationType = Schemas['PartyReportView']['employerType']
export type PartyUnitReportView = Schemas['PartyUnitReportView']
export type PartyUnitReportDetail = Schemas['PartyUnitReportDetail']
export type PartyUnitReportPage = Schemas['PageResultPartyUnitReportView']
export type PartyUnitReportCreate = Schemas['PartyUnitReportCreate']

export type PartyReportQuery = NonNullable<paths['/api/party-reports']['get']['parameters']['query']>
export type PartyUnitReportQuery = NonNullable<paths['/api/party-unit-reports']['get']['parameters']['query']>

/** A report as last read: its version goes as If-Match, so a step on a stale copy is a 412. */
type Versioned = { id: number; version: number }
const ifMatch = (r: Versioned) => ({ 'If-Match': `"${r.version}"` })

export async function listPartyReports(query: PartyReportQuery): Promise<PartyReportPage> {
  return unwrap(await api.GET('/api/party-reports', { params: { query } }))
}

export async function getPartyReport(id: number): Promise<PartyReportDetail> {
  return unwrap(await api.GET('/api/party-reports/{id}', { params: { path: { id } } }))
}

export async function createPartyReport(body: PartyReportCreate): Promise<PartyReportView> {
  return unwrap(await api.POST('/api/party-reports', { body }))
}

export async function confirmPartyReport(report: Versioned): Promise<PartyReportView> {
  return unwrap(
    await api.POST('/api/party-reports/{id}/confirm', { params: { path: { id: report.id }, header: ifMatch(report) } }),
  )
}

export async function rejectPartyReport(report: Versioned, reason: string): Promise<PartyReportView> {
  return unwrap(
    await api.POST('/api/party-reports/{id}/reject', {
      params: { path: { id: report.id }, header: ifMatch(report) },
      body: { reason },
    }),
  )
}

export async function withdrawPartyReport(report: Versioned, reason: string): Promise<PartyReportView> {
  return unwrap(
    await api.POST('/api/party-reports/{id}/withdraw', {
      params: { path: { id: report.id }, header: ifMatch(report) },
      body: { reason },
    }),
  )
}

export async function transferPartyReport(
  report: Versioned,
  communityId: number,
  reason: string,
): Promise<PartyReportView> {
  return unwrap(
    await api.POST('/api/party-reports/{id}/transfer', {
      params: { path: { id: report.id }, header: ifMatch(report) },
      body: { communityId, reason },
    }),
  )
}

/** The calling member's own reports, newest year first. */
export async function listMyPartyReports(): Promise<PartyReportView[]> {
  return unwrap(await api.GET('/api/party-reports/mine'))
}

export async function prefillMyPartyReport(year?: number): Promise<PartyReportPrefill> {
  return unwrap(await api.GET('/api/party-reports/mine/prefill', { params: { query: { year } } }))
}

export async function submitMyPartyReport(body: PartyReportOwnCreate): Promise<PartyReportView> {
  return unwrap(await api.POST('/api/party-reports/mine', { body }))
}

/** The active co-building units of a community's sub-district. */
export async function listPartyReportUnits(communityId: number): Promise<PartyReportUnit[]> {
  return unwrap(await api.GET('/api/party-unit-reports/units', { params: { query: { communityId } } }))
}

export async function listPartyUnitReports(query: PartyUnitReportQuery): Promise<PartyUnitReportPage> {
  return unwrap(await api.GET('/api/party-unit-reports', { params: { query } }))
}

export async function getPartyUnitReport(id: number): Promise<PartyUnitReportDetail> {
  return unwrap(await api.GET('/api/party-unit-reports/{id}', { params: { path: { id } } }))
}

export async function createPartyUnitReport(body: PartyUnitReportCreate): Promise<PartyUnitReportView> {
  return unwrap(await api.POST('/api/party-unit-reports', { body }))
}

export async function confirmPartyUnitReport(report: Versioned): Promise<PartyUnitReportView> {
  return unwrap(
    await api.POST('/api/party-unit-reports/{id}/confirm', {
      params: { path: { id: report.id }, header: ifMatch(report) },
    }),
  )
}

export async function rejectPartyUnitReport(report: Versioned, reason: string): Promise<PartyUnitReportView> {
  return unwrap(
    await api.POST('/api/party-unit-reports/{id}/reject', {
      params: { path: { id: report.id }, header: ifMatch(report) },
      body: { reason },
    }),
  )
}

export async function withdrawPartyUnitReport(report: Versioned, reason: string): Promise<PartyUnitReportView> {
  return unwrap(
    await api.POST('/api/party-unit-reports/{id}/withdraw', {
      params: { path: { id: report.id }, header: ifMatch(report) },
      body: { reason },
    }),
  )
}
