// Party-building statistics as the screen shows them: the figure cards and the chart options, made from the API's
// numbers without recomputing any of them (each figure is defined once, on the server; the definitions panel shows
// its words).
import { SERIES_COLORS } from '@/shared/charts/palette'
import type { Period } from '@/shared/time/dates'
import { shanghaiToday } from '@/shared/time/dates'
import type { PartyBuildingStats, PartyBuildingStatsCount } from '../api'

type Translate = (key: string, named?: Record<string, unknown>) => string

/** The cards: the report lines' figures first, then the others; each names the API field it shows. */
export const CARDS = [
  ['members', 'membersReported'],
  ['posts', 'claimsMade'],
  ['wishes', 'wishesRealised'],
  ['coBuild', 'unitsPaired'],
  ['coBuild', 'communitiesPaired'],
  ['coBuild', 'projectsSigned'],
  ['coBuild', 'projectsCompleted'],
  ['members', 'membersActiveNow'],
  ['posts', 'posts'],
  ['posts', 'postCapacity'],
  ['posts', 'liveClaims'],
  ['posts', 'filledPosts'],
  ['wishes', 'wishesPublished'],
  ['wishes', 'wishesClaimed'],
  ['wishes', 'wishesOpen'],
  ['coBuild', 'units'],
  ['coBuild', 'overdueMilestones'],
] as const

export interface FigureCard {
  key: string
  label: string
  value: number
}

/** The cards, labelled with the names the API's definitions give (one name per figure, in the caller's language). */
export function figureCards(s: PartyBuildingStats): FigureCard[] {
  const names = new Map(s.definitions.map((d) => [d.figure, d.name]))
  return CARDS.map(([group, key]) => ({
    key,
    label: names.get(key) ?? key,
    value: (s[group] as unknown as Record<string, number>)[key] ?? 0,
  }))
}

/** The default period: this whole year, as the API's default. */
export function thisYear(today = shanghaiToday()): Period {
  return [`${today.slice(0, 4)}-01-01`, `${today.slice(0, 4)}-12-31`]
}

/** Counts under codes as bars, in the server's order (employer types, project states). */
export function countsChartOption(rows: readonly PartyBuildingStatsCount[], t: Translate) {
  return {
    color: [SERIES_COLORS.received],
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 8, top: 16, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      data: rows.map((r) => r.name),
      axisLabel: { interval: 0, rotate: rows.length > 6 ? 30 : 0 },
    },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', name: t('partyBuildingStats.count'), data: rows.map((r) => r.count), barMaxWidth: 28 }],
  }
}

/** Whether a breakdown has anything to draw. */
export function hasData(rows: readonly PartyBuildingStatsCount[]): boolean {
  return rows.some((r) => r.count !== 0)
}

/** Both report lines, as one text to paste into a report. */
export function reportText(s: PartyBuildingStats): string {
  return `${s.memberReportLine}\n${s.coBuildReportLine}`
}
