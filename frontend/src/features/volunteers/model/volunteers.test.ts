import { describe, expect, it } from 'vitest'
import type { VolunteerTeamMembership } from '@/shared/api/types'
import { currentTeams, needsReason, nextStatuses, starText, volunteerQuery } from './volunteers'

describe('volunteer list query', () => {
  it('leaves out empty filters and reads the star as a number', () => {
    expect(volunteerQuery({ q: '  ', star: '', status: '' })).toEqual({
      q: undefined,
      skill: undefined,
      teamId: undefined,
      star: undefined,
      communityId: undefined,
      status: undefined,
    })
    expect(
      volunteerQuery({ q: ' lj ', skill: 'MEDICAL', teamId: 4, star: '0', communityId: 7, status: 'ACTIVE' }),
    ).toEqual({ q: 'lj', skill: 'MEDICAL', teamId: 4, star: 0, communityId: 7, status: 'ACTIVE' })
  })
})

describe('star text', () => {
  it.each([
    [0, ''],
    [1, '★☆☆☆☆'],
    [3, '★★★☆☆'],
    [5, '★★★★★'],
    [7, '★★★★★'],
  ])('%i stars → %s', (star, text) => expect(starText(star)).toBe(text))
})

describe('status changes', () => {
  it('asks for a reason to suspend or end, not to reactivate', () => {
    expect(needsReason('SUSPENDED')).toBe(true)
    expect(needsReason('LEFT')).toBe(true)
    expect(needsReason('ACTIVE')).toBe(false)
  })
  it('offers every other status', () => {
    expect(nextStatuses('ACTIVE')).toEqual(['SUSPENDED', 'LEFT'])
    expect(nextStatuses('LEFT')).toEqual(['ACTIVE', 'SUSPENDED'])
  })
})

describe('current teams', () => {
  const m = (teamName: string, role: VolunteerTeamMembership['role'], leftOn?: string): VolunteerTeamMembership => ({
    membershipId: 1,
    teamId: 1,
    teamName,
    role,
    joinedOn: '2025-01-01',
    leftOn: leftOn ?? null,
    leftReason: null,
  })
  it('keeps the memberships not left, leaders first', () => {
    const teams = [m('巡防队', 'MEMBER'), m('为老服务队', 'LEADER'), m('文艺队', 'DEPUTY', '2025-06-01')]
    expect(currentTeams(teams).map((t) => t.teamName)).toEqual(['为老服务队', '巡防队'])
  })
})
