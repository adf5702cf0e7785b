// Every call to the co-building agreements, needs, resources and points endpoints (/api/cobuild-agreements,
// /api/cobuild-needs, /api/cobuild-resources, /api/cobuild-points).
import type { components, paths } from '@/api/schema'
import { api } from '@/shared/api/client'
import { unwrap } from '@/shared/api/problem'

type Schemas = components['schemas']
export type AgreementView = Schemas['CoBuildAgreementView']
export type AgreementPage = Schemas['PageResultCoBuildAgreementView']
export type PointsPage = Schemas['PageResultCoBuildPointsEntryView']
export type AgreementStatus = Schemas['CoBuildAgreementStatus']
export type AgreementCreate = Schemas['CoBuildAgreementCreate']
export type NeedView = Schemas['CoBuildNeedView']
export type NeedCreate = Schemas['CoBuildNeedCreate']
export type NeedStatus = Schemas['CoBuildNeedStatus']
export type NeedSource = Schemas['CoBuildNeedSource']
export type ChainProject = Schemas['CoBuildNeedChainProject']
export type ResourceView = Schemas['CoBuildResourceView']
export type ResourceCreate = Schemas['CoBuildResourceCreate']
export type ResourceStatus = Schemas['CoBuildResourceStatus']
export type PointsEntry = Schemas['CoBuildPointsEntryView']
export type PointsAdjustment = Schemas['CoBuildPointsAdjustment']
export type PointsRanking = Schemas['CoBuildPointsRanking']
export type PointsRankingRow = Schemas['CoBuildPointsRankingRow']
export type MonthLock = Schemas['CoBuildPointsMonthLockView']

export type AgreementQuery = NonNullable<paths['/api/cobuild-agreements']['get']['parameters']['query']>
export type NeedQuery = NonNullable<paths['/api/cobuild-needs']['get']['parameters']['query']>
export type ResourceQuery = NonNullable<paths['/api/cobuild-resources']['get']['parameters']['query']>
export type PointsQuery = NonNullable<paths['/api/cobuild-points']['get']['parameters']['query']>

type Versioned = { id: number; version: number }
const ifMatch = (r: Versioned) => ({ path: { id: r.id }, header: { 'If-Match': `"${r.version}"` } })

export async function listAgreements(query: AgreementQuery) {
  return unwrap(await api.GET('/api/cobuild-agreements', { params: { query } }))
}
export async function proposeAgreement(body: AgreementCreate): Promise<AgreementView> {
  return unwrap(await api.POST('/api/cobuild-agreements', { body }))
}
export async function signAgreement(a: Versioned, signedOn: string): Promise<AgreementView> {
  return unwrap(await api.POST('/api/cobuild-agreements/{id}/sign', { params: ifMatch(a), body: { signedOn } }))
}
export async function terminateAgreement(a: Versioned, reason: string): Promise<AgreementView> {
  return unwrap(await api.POST('/api/cobuild-agreements/{id}/terminate', { params: ifMatch(a), body: { reason } }))
}
export async function renewAgreement(a: Versioned): Promise<AgreementView> {
  return unwrap(await api.POST('/api/cobuild-agreements/{id}/renew', { params: ifMatch(a), body: {} }))
}

export async function listNeeds(query: NeedQuery) {
  return unwrap(await api.GET('/api/cobuild-needs', { params: { query } }))
}
export async function createNeed(body: NeedCreate): Promise<NeedView> {
  return unwrap(await api.POST('/api/cobuild-needs', { body }))
}
export async function closeNeed(n: Versioned, reason: string): Promise<NeedView> {
  return unwrap(await api.POST('/api/cobuild-needs/{id}/close', { params: ifMatch(n), body: { reason } }))
}

export async function listResources(query: ResourceQuery) {
  return unwrap(await api.GET('/api/cobuild-resources', { params: { query } }))
}
export async function offerResource(body: ResourceCreate): Promise<ResourceView> {
  return unwrap(await api.POST('/api/cobuild-resources', { body }))
}
export async function withdrawResource(r: Versioned): Promise<ResourceView> {
  return unwrap(await api.POST('/api/cobuild-resources/{id}/withdraw', { params: ifMatch(r) }))
}

export async function listPoints(query: PointsQuery) {
  return unwrap(await api.GET('/api/cobuild-points', { params: { query } }))
}
export async function adjustPoints(body: PointsAdjustment): Promise<PointsEntry> {
  return unwrap(await api.POST('/api/cobuild-points/adjustments', { body }))
}
export async function reversePoints(id: number, reason: string): Promise<PointsEntry> {
  return unwrap(await api.POST('/api/cobuild-points/{id}/reverse', { params: { path: { id } }, body: { reason } }))
}
export async function getRanking(query: { from?: string; to?: string; areaId?: number }): Promise<PointsRanking> {
  return unwrap(await api.GET('/api/cobuild-points/ranking', { params: { query } }))
}
export async function listMonthLocks(): Promise<MonthLock[]> {
  return unwrap(await api.GET('/api/cobuild-points/month-locks', { params: { query: {} } }))
}
export async function lockMonth(subDistrictId: number, month: string): Promise<MonthLock> {
  return unwrap(await api.POST('/api/cobuild-points/month-locks', { body: { subDistrictId, month } }))
}
