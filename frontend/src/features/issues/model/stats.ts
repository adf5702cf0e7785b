// Issue statistics as the screen shows them: the KPI cards and the chart options, made from the API's numbers
// without recomputing any of them (the definitions live on the server; see the definitions panel).
import type { IssueMetrics, IssueStatsRow } from '@/shared/api/types'
import { paletteColor, SATISFACTION_COLORS, SERIES_COLORS } from '@/shared/charts/palette'

type Translate = (key: string, named?: Record<string, unknown>) => string

/** A rate (0..1) as a percentage with one decimal, like the server's report line; '—' when not applicable. */
export function formatRate(rate: number | null | undefined): string {
  return rate === null || rate === undefined || Number.isNaN(rate) ? '—' : `${(rate * 100).toFixed(1)}%`
}

/** Hours with one decimal; '—' when there is nothing to average. */
export function formatHours(hours: number | null | undefined): string {
  return hours === null || hours === undefined || Number.isNaN(hours) ? '—' : hours.toFixed(1)
}

export interface KpiCard {
  key: string
  label: string
  /** What the card shows, formatted. */
  value: string
  /** A second line: what the number is out of, or its unit. */
  hint?: string
  tone?: 'danger' | 'success' | 'warning'
}

export function kpiCards(m: IssueMetrics, t: Translate): KpiCard[] {
  return [
    { key: 'received', label: t('issueStats.kpi.received'), value: String(m.received) },
    {
      key: 'accepted',
      label: t('issueStats.kpi.accepted'),
      value: String(m.accepted),
      hint: t('issueStats.kpi.rejectedHint', { n: m.rejected }),
    },
    {
      key: 'closed',
      label: t('issueStats.kpi.closed'),
      value: String(m.closed),
      hint: t('issueStats.kpi.openHint', { n: m.open }),
      tone: 'success',
    },
    {
      key: 'onTimeRate',
      label: t('issueStats.kpi.onTimeRate'),
      value: formatRate(m.onTimeRate),
      hint: t('issueStats.kpi.ofDue', { n: m.onTimeCount, total: m.dueCount }),
    },
    {
      key: 'satisfactionRate',
      label: t('issueStats.kpi.satisfactionRate'),
      value: formatRate(m.satisfactionRate),
      hint: t('issueStats.kpi.ofFeedback', { n: m.satisfiedCount + m.basicallySatisfiedCount, total: m.feedbackCount }),
    },
    {
      key: 'resolveHours',
      label: t('issueStats.kpi.resolveHours'),
      value: formatHours(m.avgResolveHours),
      hint: t('issueStats.kpi.p90Hours', { n: formatHours(m.p90ResolveHours) }),
    },
    {
      key: 'overdueOpen',
      label: t('issueStats.kpi.overdueOpen'),
      value: String(m.overdueOpen),
      tone: m.overdueOpen > 0 ? 'danger' : undefined,
    },
  ]
}

const rotate = (n: number) => (n > 6 ? 30 : 0)

/**
 * Received vs closed per category (categories with nothing received are left out). Each category's bars take its
 * colour (`colorOf`, from its place among all categories, so it is the same in every chart), closed ones lighter; the
 * legend tells the two series apart in grey.
 */
export function categoryChartOption(
  rows: readonly IssueStatsRow[],
  t: Translate,
  colorOf: (categoryId: number) => string = (id) => paletteColor(rows.findIndex((r) => r.id === id)),
) {
  const shown = rows.filter((r) => r.metrics.received > 0)
  const bars = (value: (m: IssueMetrics) => number, opacity: number) =>
    shown.map((r) => ({ value: value(r.metrics), itemStyle: { color: colorOf(r.id!), opacity } }))
  return {
    color: [SERIES_COLORS.neutral, SERIES_COLORS.neutral],
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      data: shown.map((r) => r.name),
      axisLabel: { interval: 0, rotate: rotate(shown.length) },
    },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        type: 'bar',
        name: t('issueStats.kpi.received'),
        data: bars((m) => m.received, 1),
        itemStyle: { color: SERIES_COLORS.neutral },
        barMaxWidth: 28,
      },
      {
        type: 'bar',
        name: t('issueStats.kpi.closed'),
        data: bars((m) => m.closed, 0.45),
        itemStyle: { color: SERIES_COLORS.neutral, opacity: 0.45 },
        barMaxWidth: 28,
      },
    ],
  }
}

/** Percent (0..100, one decimal) for a chart, or null (a gap) when the rate does not apply. */
const percent = (rate: number | null) => (rate === null ? null : Math.round(rate * 1000) / 10)

/**
 * Communities in their natural order (as the server lists them, by code), with received and closed bars and the
 * on-time rate as a line on a second axis.
 */
export function communityChartOption(communities: readonly IssueStatsRow[], t: Translate) {
  return {
    color: [SERIES_COLORS.received, SERIES_COLORS.closed, SERIES_COLORS.onTimeRate],
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      data: communities.map((r) => r.name),
      axisLabel: { interval: 0, rotate: rotate(communities.length) },
    },
    yAxis: [
      { type: 'value', minInterval: 1 },
      { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' }, splitLine: { show: false } },
    ],
    series: [
      {
        type: 'bar',
        name: t('issueStats.kpi.received'),
        data: communities.map((r) => r.metrics.received),
        barMaxWidth: 28,
      },
      {
        type: 'bar',
        name: t('issueStats.kpi.closed'),
        data: communities.map((r) => r.metrics.closed),
        barMaxWidth: 28,
      },
      {
        type: 'line',
        name: t('issueStats.kpi.onTimeRate'),
        yAxisIndex: 1,
        data: communities.map((r) => percent(r.metrics.onTimeRate)),
        connectNulls: false,
        tooltip: { valueFormatter: (v: number | null) => (v === null || v === undefined ? '—' : `${v}%`) },
      },
    ],
  }
}

/** The satisfaction answers of the period (every answer, including those that reopened an issue). */
export function satisfactionPieOption(m: IssueMetrics, t: Translate) {
  return {
    color: [...SATISFACTION_COLORS],
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { bottom: 0 },
    series: [
      {
        type: 'pie',
        radius: ['40%', '66%'],
        center: ['50%', '44%'],
        label: { show: false },
        data: [
          { name: t('issue.satisfaction.SATISFIED'), value: m.satisfiedCount },
          { name: t('issue.satisfaction.BASICALLY_SATISFIED'), value: m.basicallySatisfiedCount },
          { name: t('issue.satisfaction.UNSATISFIED'), value: m.unsatisfiedCount },
        ],
      },
    ],
  }
}

/** The metric columns of the tables, in the order of the export's sheets. */
export const METRIC_COLUMNS = [
  'received',
  'accepted',
  'rejected',
  'resolved',
  'closed',
  'open',
  'dueCount',
  'onTimeCount',
  'onTimeRate',
  'overdueOpen',
  'avgResolveHours',
  'p90ResolveHours',
  'feedbackCount',
  'satisfiedCount',
  'basicallySatisfiedCount',
  'unsatisfiedCount',
  'satisfactionRate',
] as const satisfies readonly (keyof IssueMetrics)[]

export type MetricColumn = (typeof METRIC_COLUMNS)[number]

export function formatMetric(m: IssueMetrics, column: MetricColumn): string {
  switch (column) {
    case 'onTimeRate':
    case 'satisfactionRate':
      return formatRate(m[column])
    case 'avgResolveHours':
    case 'p90ResolveHours':
      return formatHours(m[column])
    default:
      return String(m[column])
  }
}
