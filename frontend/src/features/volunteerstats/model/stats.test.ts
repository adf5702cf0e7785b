import { describe, expect, it } from 'vitest'
import type { VolunteerFigures, VolunteerStatsRow } from '../api'
import { figureCards, formatFigure, hasData, hoursChartOption, thisYear } from './stats'

const t = (key: string) => key
const figures = (f: Partial<VolunteerFigures> = {}): VolunteerFigures => ({
  teams: 3,
  registeredVolunteers: 40,
  activeVolunteers: 12,
  activities: 5,
  services: 30,
  hours: 62.5,
  ...f,
})
const row = (name: string, f: Partial<VolunteerFigures> = {}): VolunteerStatsRow => ({
  id: 1,
  code: null,
  name,
  figures: figures(f),
})

describe('volunteer statistics on the screen', () => {
  it('shows the figures in the report line’s order, hours with their one decimal', () => {
    const cards = figureCards(figures({ hours: 7 }), t)
    expect(cards.map((c) => c.key)).toEqual([
      'teams',
      'registeredVolunteers',
      'activities',
      'hours',
      'activeVolunteers',
      'services',
    ])
    expect(cards.map((c) => c.value)).toEqual(['3', '40', '5', '7.0', '12', '30'])
    expect(cards[0]!.label).toBe('volunteerStats.figure.teams')
  })

  it('shows a dash where a row has no such figure (teams and volunteers of a team or category)', () => {
    const f = figures({ teams: null, registeredVolunteers: null, hours: 0 })
    expect(formatFigure(f, 'teams')).toBe('—')
    expect(formatFigure(f, 'registeredVolunteers')).toBe('—')
    expect(formatFigure(f, 'hours')).toBe('0.0')
    expect(formatFigure(f, 'services')).toBe('30')
  })

  it('draws hours as bars and services on a second axis, in the server’s order', () => {
    const option = hoursChartOption(
      [row('社区A', { hours: 3.5, services: 3 }), row('社区B', { hours: 3, services: 1 })],
      t,
    )
    expect(option.xAxis.data).toEqual(['社区A', '社区B'])
    expect(option.series[0]!.data).toEqual([3.5, 3])
    expect(option.series[1]).toMatchObject({ type: 'line', yAxisIndex: 1, data: [3, 1] })
  })

  it('has nothing to draw when every row is zero, negative hours (reversals) included', () => {
    expect(hasData([row('A', { hours: 0, services: 0, activities: 0 })])).toBe(false)
    expect(hasData([])).toBe(false)
    expect(hasData([row('A', { hours: -1.5, services: -1, activities: 0 })])).toBe(true)
  })

  it('defaults to the year so far in Beijing', () => {
    expect(thisYear('2026-12-05')).toEqual(['2026-01-01', '2026-12-05'])
  })
})
