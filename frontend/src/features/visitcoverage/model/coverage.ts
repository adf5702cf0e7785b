// Visit coverage as the screen shows it: the figure cards, the drill-down each opens and the stacked bar, made from
// the API's numbers without recomputing any of them (each figure is defined once, on the server).
import type { VisitCoverageFigure, VisitCoverageFigures, VisitCoverageRow } from '../api'

type Translate = (key: string, named?: Record<string, unknown>) => string

/** The counted figures, in the report line's order. */
export const FIGURES = [
  'denominator',
  'visited',
  'satisfiedLate',
  'partiallyVisited',
  'attemptedOnly',
  'notVisited',
  'overdue',
  'excluded',
] as const
export type Figure = (typeof FIGURES)[number]

/** The drill-down of each figure (the denominator has none: it is the sum of five of them). */
export const DRILL_DOWN: Record<Figure, VisitCoverageFigure | null> = {
  denominator: null,
  visited: 'VISITED',
  satisfiedLate: 'SATISFIED_LATE',
  partiallyVisited: 'PARTIALLY_VISITED',
  attemptedOnly: 'ATTEMPTED_ONLY',
  notVisited: 'NOT_VISITED',
  overdue: 'OVERDUE',
  excluded: 'EXCLUDED',
}

export const DRILL_DOWN_FIGURES = [
  'VISITED',
  'SATISFIED_LATE',
  'PARTIALLY_VISITED',
  'ATTEMPTED_ONLY',
  'NOT_VISITED',
  'OVERDUE',
  'EXCLUDED',
] as const satisfies readonly VisitCoverageFigure[]

export const GROUP_BYS = ['GRID', 'WORKER', 'CARE_TAG', 'PAIRING_TYPE'] as const

/** A rate as shown: one decimal and a percent sign, '—' when there is no denominator. */
export function formatRate(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? '—' : `${Number(rate).toFixed(1)}%`
}

export interface FigureCard {
  key: Figure
  label: string
  value: string
  /** The drill-down figure it opens, if any. */
  figure: VisitCoverageFigure | null
}

export function figureCards(f: VisitCoverageFigures, t: Translate): FigureCard[] {
  return FIGURES.map((key) => ({
    key,
    label: t(`visitCoverage.figure.${key}`),
    value: f[key].toLocaleString('en-US'),
    figure: DRILL_DOWN[key],
  }))
}

/** The figure whose drill-down is `figure` (for the drill-down's title). */
export function figureOf(figure: VisitCoverageFigure): Figure {
  return (Object.entries(DRILL_DOWN) as [Figure, VisitCoverageFigure | null][]).find(([, f]) => f === figure)![0]
}

/** The parts of the denominator, stacked per row: the bars' height is the row's denominator. */
export const STACKED = ['visited', 'satisfiedLate', 'partiallyVisited', 'attemptedOnly', 'notVisited'] as const

const STACK_COLORS: Record<(typeof STACKED)[number], string> = {
  visited: '#2e7d32',
  satisfiedLate: '#8bc34a',
  partiallyVisited: '#e6a23c',
  attemptedOnly: '#d35400',
  notVisited: '#c0392b',
}

/** The stacked bar of the rows (grids, workers...), in the server's order. */
export function stackedBarOption(rows: readonly VisitCoverageRow[], t: Translate) {
  return {
    color: STACKED.map((k) => STACK_COLORS[k]),
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      data: rows.map((r) => r.label),
      axisLabel: { interval: 0, rotate: rows.length > 8 ? 30 : 0 },
    },
    yAxis: { type: 'value', minInterval: 1 },
    series: STACKED.map((key) => ({
      type: 'bar',
      stack: 'denominator',
      name: t(`visitCoverage.figure.${key}`),
      data: rows.map((r) => r.figures[key]),
      barMaxWidth: 36,
    })),
  }
}

/** This month (YYYY-MM) of a Beijing day. */
export function monthOf(day: string): string {
  return day.slice(0, 7)
}
