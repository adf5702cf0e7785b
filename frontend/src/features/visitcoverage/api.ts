// The visit coverage API: the figures of a rule's period, the caller's own, the drill-down, 一月一事 and the export.
import type { components } from '@/api/schema'
import { api } from '@/shared/api/client'
import { downloadOf, type Download } from '@/shared/api/download'
import { unwrap } from '@/shared/api/problem'

export type VisitCoverage = components['schemas']['VisitCoverage']
export type VisitCoverageFigures = components['schemas']['VisitCoverageFigures']
export type VisitCoverageRow = components['schemas']['VisitCoverageRow']
export type VisitCoverageGroupBy = components['schemas']['VisitCoverageGroupBy']
export type VisitCoverageFigure = components['schemas']['VisitCoverageFigure']
export type VisitCoverageHousehold = components['schemas']['VisitCoverageHousehold']
export type VisitCoverageRuleChoice = components['schemas']['VisitCoverageRuleChoice']
export type VisitCoverageMine = components['schemas']['VisitCoverageMine']
export type VisitCoverageProblemsSolved = components['schemas']['VisitCoverageProblemsSolved']

export interface CoverageQuery {
  ruleId: number
  periodId?: number
  areaId?: number
  groupBy?: VisitCoverageGroupBy
}

export interface HouseholdsQuery extends CoverageQuery {
  figure: VisitCoverageFigure
  groupKey?: string
  page: number
  size: number
}

export async function listCoverageRules(): Promise<VisitCoverageRuleChoice[]> {
  return unwrap(await api.GET('/api/visit-coverage/rules'))
}

export async function getVisitCoverage(query: CoverageQuery): Promise<VisitCoverage> {
  return unwrap(await api.GET('/api/visit-coverage', { params: { query } }))
}

export async function getMyVisitCoverage(): Promise<VisitCoverageMine> {
  return unwrap(await api.GET('/api/visit-coverage/mine'))
}

export async function listCoverageHouseholds(query: HouseholdsQuery) {
  return unwrap(await api.GET('/api/visit-coverage/households', { params: { query } }))
}

export async function getProblemsSolved(query: {
  month?: string
  areaId?: number
}): Promise<VisitCoverageProblemsSolved> {
  return unwrap(await api.GET('/api/visit-coverage/problems-solved', { params: { query } }))
}

/** The same coverage as an Excel workbook (totals, rows, the households not visited, definitions). */
export async function exportVisitCoverage(query: CoverageQuery): Promise<Download> {
  const result = await api.GET('/api/visit-coverage/export.xlsx', { params: { query }, parseAs: 'blob' })
  return downloadOf(result, `visit-coverage-${query.ruleId}.xlsx`)
}
