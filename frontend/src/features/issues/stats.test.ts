import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { mount } from '@vue/test-utils'
import { createAppI18n } from '@/shared/i18n'
import type { IssueMetrics, IssueStats } from '@/shared/api/types'
import {
  categoryChartOption,
  communityChartOption,
  formatRate,
  kpiCards,
  satisfactionPieOption,
} from '@/features/issues/model/stats'
import { colorsByKey, PALETTE } from '@/shared/charts/palette'
import type { FakeApi } from '@/shared/testing/fakeApi'
import { setup, settle, stubs } from '@/shared/testing/office'

const fake = vi.hoisted(() => ({ api: null as unknown as FakeApi }))
vi.mock('@/shared/api/client', async (original) =>
  (await import('@/shared/testing/fakeApi')).clientOnFakeApi(original, fake),
)
// charts are drawn on a canvas jsdom does not have (and load ECharts on demand): a stub keeps the option it is given
vi.mock('@/shared/components/chart', () => ({
  LazyChart: defineComponent({
    name: 'VChart',
    props: { option: { type: Object, default: null } },
    setup: () => () => h('div', { class: 'chart-stub' }),
  }),
}))

import IssueStatsView from '@/features/issues/office/IssueStatsView.vue'

function metrics(overrides: Partial<IssueMetrics> = {}): IssueMetrics {
  return {
    received: 176,
    accepted: 170,
    rejected: 6,
    resolved: 169,
    closed: 165,
    open: 1,
    dueCount: 150,
    onTimeCount: 144,
    onTimeRate: 0.96,
    overdueOpen: 2,
    avgResolveHours: 31.25,
    p90ResolveHours: 70,
    feedbackCount: 168,
    satisfiedCount: 150,
    basicallySatisfiedCount: 15,
    unsatisfiedCount: 3,
    satisfactionRate: 0.9821428,
    ...overrides,
  }
}

const STATS: IssueStats = {
  from: '2026-11-01',
  to: '2026-11-21',
  areaId: null,
  areaName: null,
  generatedAt: '2026-11-21T06:00:00Z',
  totals: metrics(),
  byCategory: [
    { id: 3, name: '供水', parentName: null, metrics: metrics({ received: 40, closed: 38 }) },
    { id: 4, name: '供电', parentName: null, metrics: metrics({ received: 0, closed: 0 }) },
    { id: 5, name: '物业管理', parentName: null, metrics: metrics({ received: 136, closed: 127 }) },
  ],
  byCommunity: [
    { id: 2, name: '幸福里社区', parentName: null, metrics: metrics({ received: 60, closed: 58, onTimeRate: 0.9 }) },
    { id: 6, name: '和平路社区', parentName: null, metrics: metrics({ received: 116, closed: 107, onTimeRate: null }) },
  ],
  byGrid: [{ id: 21, name: '幸福里第一网格', parentName: '幸福里社区', metrics: metrics({ received: 60 }) }],
  reportLine: '2026-11-01至2026-11-21，受理170项，办结165项，按期办结率96.0%，满意率98.2%',
}

const t = createAppI18n('zh-CN').global.t

describe('statistics mapping', () => {
  it('formats rates like the report line, and says so when a rate does not apply', () => {
    expect(formatRate(0.96)).toBe('96.0%')
    expect(formatRate(0.9821428)).toBe('98.2%')
    expect(formatRate(null)).toBe('—')
  })

  it('puts the API numbers on the KPI cards unchanged', () => {
    const cards = Object.fromEntries(kpiCards(metrics(), t).map((c) => [c.key, c]))
    expect(cards.received!.value).toBe('176')
    expect(cards.accepted!.value).toBe('170')
    expect(cards.accepted!.hint).toBe('不予受理 6 项')
    expect(cards.closed!.value).toBe('165')
    expect(cards.onTimeRate!.value).toBe('96.0%')
    expect(cards.onTimeRate!.hint).toBe('144 / 150 项按期')
    expect(cards.satisfactionRate!.value).toBe('98.2%')
    expect(cards.satisfactionRate!.hint).toBe('165 / 168 次评价')
    expect(cards.resolveHours!.value).toBe('31.3')
    expect(cards.resolveHours!.hint).toBe('90% 在 70.0 小时内')
    expect(cards.overdueOpen!.value).toBe('2')
    expect(cards.overdueOpen!.tone).toBe('danger')
    const none = Object.fromEntries(
      kpiCards(metrics({ onTimeRate: null, avgResolveHours: null, p90ResolveHours: null, overdueOpen: 0 }), t).map(
        (c) => [c.key, c],
      ),
    )
    expect(none.onTimeRate!.value).toBe('—')
    expect(none.resolveHours!.value).toBe('—')
    expect(none.overdueOpen!.tone).toBeUndefined()
  })

  it('charts received against closed per category, leaving out empty categories', () => {
    const option = categoryChartOption(STATS.byCategory, t)
    expect(option.xAxis.data).toEqual(['供水', '物业管理'])
    expect(option.series.map((s) => s.name)).toEqual(['登记', '办结'])
    expect(option.series[0]!.data.map((d) => d.value)).toEqual([40, 136])
    expect(option.series[1]!.data.map((d) => d.value)).toEqual([38, 127])
  })

  it("colours a category's bars with its own colour, kept when other categories are empty", () => {
    const colorOf = colorsByKey([3, 4, 5])
    const option = categoryChartOption(STATS.byCategory, t, colorOf)
    // 物业管理 keeps the third colour though 供电 (the second) is left out
    expect(option.series[0]!.data.map((d) => d.itemStyle.color)).toEqual([PALETTE[0], PALETTE[2]])
    expect(option.series[1]!.data.map((d) => d.itemStyle.color)).toEqual([PALETTE[0], PALETTE[2]])
  })

  it('keeps communities in the order the server lists them, with the on-time rate in percent (a gap where it does not apply)', () => {
    const option = communityChartOption(STATS.byCommunity, t)
    expect(option.xAxis.data).toEqual(['幸福里社区', '和平路社区'])
    expect(option.series[0]!.data).toEqual([60, 116])
    expect(option.series[2]!.type).toBe('line')
    expect(option.series[2]!.yAxisIndex).toBe(1)
    expect(option.series[2]!.data).toEqual([90, null])
  })

  it('shows every satisfaction answer in the pie', () => {
    const option = satisfactionPieOption(metrics(), t)
    expect(option.series[0]!.data).toEqual([
      { name: '满意', value: 150 },
      { name: '基本满意', value: 15 },
      { name: '不满意', value: 3 },
    ])
  })
})

describe('IssueStatsView', () => {
  beforeEach(() => {
    fake.api.reset()
    fake.api.on('GET', '/api/areas/tree', { body: [] })
    fake.api.on('GET', '/api/issues/stats', { body: STATS })
  })
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('asks for this month, shows the report line verbatim, the KPI cards and the charts', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    // 20:00 UTC on the 20th is already the 21st in Beijing: the period follows Beijing's days
    vi.setSystemTime(new Date('2026-11-20T20:00:00Z'))
    const { plugins } = await setup()
    const wrapper = mount(IssueStatsView, { global: { plugins, stubs }, attachTo: document.body })
    await settle()
    vi.useRealTimers()

    const call = fake.api.made('GET', '/api/issues/stats')[0]!
    expect(call.query.get('from')).toBe('2026-11-01')
    expect(call.query.get('to')).toBe('2026-11-21')
    expect(call.query.has('areaId')).toBe(false)

    expect(wrapper.find('[data-testid="stats-report-line"]').text()).toBe(STATS.reportLine)
    const kpi = (key: string) => wrapper.find(`[data-testid="kpi-${key}"] [data-testid="kpi-value"]`).text()
    expect(kpi('received')).toBe('176')
    expect(kpi('closed')).toBe('165')
    expect(kpi('onTimeRate')).toBe('96.0%')
    expect(kpi('satisfactionRate')).toBe('98.2%')
    expect(kpi('overdueOpen')).toBe('2')

    const charts = wrapper.findAllComponents({ name: 'VChart' })
    expect(charts).toHaveLength(3)
    expect((charts[0]!.props('option') as { xAxis: { data: string[] } }).xAxis.data).toEqual(['供水', '物业管理'])
    expect(wrapper.find('[data-testid="stats-grid-table"]').text()).toContain('幸福里第一网格')
    expect(wrapper.find('[data-testid="stats-definitions"]').text()).toContain('统计口径')
    wrapper.unmount()
  })
})

describe('statistics periods', () => {
  it('counts China Standard Time days', async () => {
    const { thisMonth, lastMonth, thisYear } = await import('@/features/issues/model/period')
    expect(thisMonth('2026-11-21')).toEqual(['2026-11-01', '2026-11-21'])
    expect(lastMonth('2026-03-05')).toEqual(['2026-02-01', '2026-02-28'])
    expect(lastMonth('2026-01-10')).toEqual(['2025-12-01', '2025-12-31'])
    expect(thisYear('2026-11-21')).toEqual(['2026-01-01', '2026-11-21'])
  })
})
