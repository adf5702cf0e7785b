// The volunteer statistics API: the figures of an area and a period, and the ranking by confirmed hours.
import type { components } from '@/api/schema'
import { api } from '@/shared/api/client'
import { unwrap } from '@/shared/api/problem'

export type VolunteerStats = components['schemas']['VolunteerStats']
export type VolunteerFigures = components['schemas']['VolunteerFigures']
export type VolunteerStatsRow = components['schemas']['VolunteerStatsRow']
export type VolunteerRanking = components['schemas']['VolunteerRanking']
export type VolunteerRankingEntry = components['schemas']['VolunteerRankingEntry']

export interface VolunteerStatsQuery {
  from: string
  to: string
  areaId?: number
}

export async function getVolunteerStats(query: VolunteerStatsQuery): Promise<VolunteerStats> {
  return unwrap(await api.GET('/api/volunteer-stats', { params: { query } }))
}

export async function getVolunteerRanking(query: VolunteerStatsQuery & { limit?: number }): Promise<VolunteerRanking> {
  return unwrap(await api.GET('/api/volunteer-stats/ranking', { params: { query } }))
}
