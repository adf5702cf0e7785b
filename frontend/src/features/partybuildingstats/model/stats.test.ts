import { describe, expect, it } from 'vitest'
import type { PartyBuildingStats } from '../api'
import { CARDS, countsChartOption, figureCards, hasData, reportText, thisYear } from './stats'

const count = (code: string, n: number) => ({ code, name: code.toLowerCase(), count: n })

function stats(): PartyBuildingStats {
  return {
    from: '2026-01-01',
    to: '2026-12-31',
    areaId: 1,
    areaName: '社区',
    generatedAt: '2026-12-05T01:00:00Z',
    members: {
      membersReported: 3,
      membersActiveNow: 2,
      byEmployerType: [count('GOVERNMENT_ORGAN', 2), count('OTHER', 1)],
      byPostCategory: [],
      unitRatios: [],
    },
    posts: { posts: 4, postCapacity: 10, liveClaims: 5, filledPosts: 1, claimsMade: 6 },
    wishes: { wishesPublished: 7, wishesClaimed: 5, wishesRealised: 4, wishesOpen: 2 },
    coBuild: {
      units: 3,
      unitsPaired: 2,
      communitiesPaired: 1,
      agreementsByStatus: [],
      projectsByStatus: [count('DRAFT', 0), count('ACCEPTED', 0)],
      projectsSigned: 8,
      projectsCompleted: 3,
      overdueMilestones: 1,
    },
    memberReportLine: '在职党员报到3名，认领岗位6个，点亮微心愿4个',
    coBuildReportLine: '2家共建单位与1个社区结对，签订共建项目8项，完成3项',
    definitions: [{ figure: 'membersReported', name: '报到党员', definition: '…' }],
  }
}

describe('party-building statistics on screen', () => {
  it('shows the report lines’ figures first, each card from its API field, named by its definition', () => {
    const cards = figureCards(stats())
    expect(cards).toHaveLength(CARDS.length)
    expect(cards.slice(0, 7).map((c) => c.value)).toEqual([3, 6, 4, 2, 1, 8, 3])
    expect(cards[0]).toEqual({ key: 'membersReported', label: '报到党员', value: 3 })
    // a figure without a definition in the answer keeps its field name rather than an empty label
    expect(cards[1]!.label).toBe('claimsMade')
  })

  it('copies both report lines, one per line', () => {
    expect(reportText(stats())).toBe(
      '在职党员报到3名，认领岗位6个，点亮微心愿4个\n2家共建单位与1个社区结对，签订共建项目8项，完成3项',
    )
  })

  it('draws counts in the server’s order and knows when there is nothing to draw', () => {
    const s = stats()
    const option = countsChartOption(s.members.byEmployerType, (k) => k)
    expect(option.xAxis.data).toEqual(['government_organ', 'other'])
    expect(option.series[0]!.data).toEqual([2, 1])
    expect(hasData(s.members.byEmployerType)).toBe(true)
    expect(hasData(s.coBuild.projectsByStatus)).toBe(false)
  })

  it('defaults to the whole year, as the API', () => {
    expect(thisYear('2026-12-05')).toEqual(['2026-01-01', '2026-12-31'])
  })
})
