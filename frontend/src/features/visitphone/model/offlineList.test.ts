import { describe, expect, it } from 'vitest'
import type { VisitHouseholdCard } from '@/shared/api/types'
import { searchKept, summaryOfCard } from './offlineList'

function card(id: number, address: string, headName: string | null, due: string[], visits: string[]) {
  return {
    id,
    address,
    gridId: 5,
    gridName: '第一网格',
    headName,
    careTags: [],
    members: [],
    pairings: [],
    obligations: due.map((dueOn, i) => ({ id: i + 1, ruleName: '独居老人月访', dueOn, state: 'DUE' })),
    recentVisits: visits.map((visitedOn, i) => ({ id: i + 1, visitedOn, visitedAt: `${visitedOn}T02:00:00Z` })),
    questions: [],
    needs: [],
    issueCategories: [],
  } as unknown as VisitHouseholdCard
}

describe('households kept on the phone', () => {
  it('list like the server: nearest due day and state, latest visit day', () => {
    expect(
      summaryOfCard(card(1, '3号楼101', '张三', ['2026-12-20', '2026-12-10'], ['2026-11-01', '2026-11-20'])),
    ).toMatchObject({
      id: 1,
      openObligations: 2,
      nextDueOn: '2026-12-10',
      nextDueState: 'DUE',
      lastVisitOn: '2026-11-20',
    })
    expect(summaryOfCard(card(2, '3号楼102', null, [], []))).toMatchObject({
      nextDueOn: null,
      nextDueState: null,
      lastVisitOn: null,
    })
  })

  it('are searched by address or head, the most urgent first', () => {
    const cards = [
      card(1, '3号楼101', '张三', [], []),
      card(2, '5号楼202', '李四', ['2026-12-20'], []),
      card(3, '3号楼303', '王五', ['2026-12-08'], []),
    ]
    expect(searchKept(cards, '').map((h) => h.id)).toEqual([3, 2, 1])
    expect(searchKept(cards, ' 3号楼 ').map((h) => h.id)).toEqual([3, 1])
    expect(searchKept(cards, '李四').map((h) => h.id)).toEqual([2])
  })
})
