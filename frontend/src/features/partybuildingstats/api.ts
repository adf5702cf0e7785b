// The party-building statistics API: the figures of an area and a period with the two report lines, and the workbook.
import type { components } from '@/api/schema'
import { api } from '@/shared/api/client'
import { downloadOf, type Download } from '@/shared/api/download'
import { unwrap } from '@/shared/api/problem'

export type PartyBuildingStats = components['schemas']['PartyBuildingStats']
export type PartyBuildingStatsCount = components['schemas']['PartyBuildingStatsCount']
export type PartyBuildingStatsUnitRatio = components['schemas']['PartyBuildingStatsUnitRatio']

export interface PartyBuildingStatsQuery {
  from: string
  to: string
  areaId?: number
}

export async function getPartyBuildingStats(query: PartyBuildingStatsQuery): Promise<PartyBuildingStats> {
  return unwrap(await api.GET('/api/party-building/stats', { params: { query } }))
}

/** The same figures as an Excel workbook (figures with the report lines, breakdowns, definitions). */
export async function exportPartyBuildingStats(query: PartyBuildingStatsQuery): Promise<Download> {
  const result = await api.GET('/api/party-building/stats/export.xlsx', { params: { query }, parseAs: 'blob' })
  return downloadOf(result, `party-building-stats-${query.from}_${query.to}.xlsx`)
}
