import { describe, expect, it } from 'vitest'
import type { VisitCoverageFigures, VisitCoverageRow } from '../api'
import { DRILL_DOWN, FIGURES, STACKED, figureCards, figureOf, formatRate, monthOf, stackedBarOption } from './coverage'

const t = (key: string) => key

const figures = (over: Partial<VisitCoverageFigures> = {}): VisitCoverageFigures => ({
  denominator: 2400,
  excluded: 12,
  visited: 2050,
  satisfiedLate: 30,
  partiallyVisited: 0,
  attemptedOnly: 80,
  notVisited: 240,
  overdue: 240,
  coverageRate: 86.7,
  onTimeRate: 85.4,
  ...over,
})

describe('visit coverage model', () => {
  it('shows every figure as the server counted it, with thousands grouped', () => {
    const cards = figureCards(figures(), t)
    expect(cards.map((c) => c.key)).toEqual([...FIGURES])
    expect(cards[0]).toMatchObject({ key: 'denominator', value: '2,400', figure: null })
    expect(cards.find((c) => c.key === 'notVisited')).toMatchObject({ value: '240', figure: 'NOT_VISITED' })
  })

  it('opens a drill-down from every figure but the denominator, and finds its way back', () => {
    for (const key of FIGURES) {
      const figure = DRILL_DOWN[key]
      if (key === 'denominator') expect(figure).toBeNull()
      else expect(figureOf(figure!)).toBe(key)
    }
  })

  it('never shows a rate without a denominator', () => {
    expect(formatRate(86.7)).toBe('86.7%')
    expect(formatRate(25)).toBe('25.0%')
    expect(formatRate(null)).toBe('—')
  })

  it('stacks the five parts of the denominator per row', () => {
    const rows: VisitCoverageRow[] = [
      { key: '1', label: 'A网格1', figures: figures() },
      { key: 'NONE', label: '无责任人', figures: figures({ visited: 1, notVisited: 2 }) },
    ]
    const option = stackedBarOption(rows, t)
    expect(option.xAxis.data).toEqual(['A网格1', '无责任人'])
    expect(option.series.map((s) => s.name)).toEqual(STACKED.map((k) => `visitCoverage.figure.${k}`))
    expect(option.series.every((s) => s.stack === 'denominator')).toBe(true)
    expect(option.series[0]!.data).toEqual([2050, 1])
    expect(option.series[4]!.data).toEqual([240, 2])
  })

  it('reads the month of a day', () => {
    expect(monthOf('2026-12-05')).toBe('2026-12')
  })
})
