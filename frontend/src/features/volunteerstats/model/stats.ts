// Volunteer statistics as the screen shows them: the figure cards and the chart options, made from the API's numbers
// without recomputing any of them (each figure is defined once, on the server; the definitions panel shows its words).
import { SERIES_COLORS } from '@/shared/charts/palette'
import { shanghaiToday, type Period } from '@/shared/time/dates'
import type { VolunteerFigures, VolunteerStatsRow } from '../api'

type Translate = (key: string, named?: Record<string, unknown>) => string

/** The figures in the order of the report line, then the others. */
export const FIGURES = ['teams', 'registeredVolunteers', 'activities', 'hours', 'activeVolunteers', 'services'] as const
export type Figure = (typeof FIGURES)[number]

/** A figure as shown: counts as they are, hours with their one decimal; '—' where a row has no such figure. */
export function formatFigure(f: VolunteerFigures, key: Figure): string {
  const value = f[key]
  if (value === null || value === undefined) return '—'
  return key === 'hours' ? Number(value).toFixed(1) : String(value)
}

export interface FigureCard {
  key: Figure
  label: string
  value: string
}

export function figureCards(f: VolunteerFigures, t: Translate): FigureCard[] {
  return FIGURES.map((key) => ({ key, label: t(`volunteerStats.figure.${key}`), value: formatFigure(f, key) }))
}

/** The default period: the year so far (a volunteer report is a year's). */
export function thisYear(today = shanghaiToday()): Period {
  return [`${today.slice(0, 4)}-01-01`, today]
}

const rotate = (n: number) => (n > 6 ? 30 : 0)

/**
 * Confirmed hours as bars and services (人次) as a line on a second axis, one category per row (communities, teams
 * or activity categories), in the order the server gives them.
 */
export function hoursChartOption(rows: readonly VolunteerStatsRow[], t: Translate) {
  return {
    color: [SERIES_COLORS.received, SERIES_COLORS.closed],
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      data: rows.map((r) => r.name),
      axisLabel: { interval: 0, rotate: rotate(rows.length) },
    },
    yAxis: [
      { type: 'value', name: t('volunteerStats.chart.hoursAxis') },
      { type: 'value', minInterval: 1, splitLine: { show: false } },
    ],
    series: [
      {
        type: 'bar',
        name: t('volunteerStats.figure.hours'),
        data: rows.map((r) => r.figures.hours),
        barMaxWidth: 28,
      },
      {
        type: 'line',
        name: t('volunteerStats.figure.services'),
        yAxisIndex: 1,
        data: rows.map((r) => r.figures.services),
      },
    ],
  }
}

/** Whether a breakdown has anything to draw. */
export function hasData(rows: readonly VolunteerStatsRow[]): boolean {
  return rows.some((r) => Number(r.figures.hours) !== 0 || r.figures.services !== 0 || r.figures.activities !== 0)
}
