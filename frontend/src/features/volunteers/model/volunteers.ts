// The volunteers feature's rules that need no screen: the list's filters as an API query, the star as text, which
// status change needs a reason, and a person's current teams.
import type { TeamRole, VolunteerStatus, VolunteerTeamMembership } from '@/shared/api/types'

export const VOLUNTEER_STATUSES = ['ACTIVE', 'SUSPENDED', 'LEFT'] as const satisfies readonly VolunteerStatus[]
export const TEAM_ROLES = ['LEADER', 'DEPUTY', 'MEMBER'] as const satisfies readonly TeamRole[]
/** Star levels (星级) the list filters by: 0 (none yet) to 5. */
export const STARS = [0, 1, 2, 3, 4, 5] as const

export interface VolunteerFilters {
  q: string
  skill?: string
  teamId?: number
  star: string
  communityId?: number
  status: VolunteerStatus | ''
}

/** The list's filters (as the address holds them) as the API's query: empty ones left out. */
export function volunteerQuery(f: VolunteerFilters) {
  return {
    q: f.q.trim() || undefined,
    skill: f.skill || undefined,
    teamId: f.teamId,
    star: f.star === '' ? undefined : Number(f.star),
    communityId: f.communityId,
    status: f.status || undefined,
  }
}

/** ★★★☆☆ for 3 of 5; '' for none yet. */
export function starText(star: number): string {
  if (star <= 0) return ''
  return '★'.repeat(Math.min(star, 5)) + '☆'.repeat(Math.max(0, 5 - star))
}

/** Suspending a volunteer or ending their service needs a reason; reactivating does not. */
export function needsReason(status: VolunteerStatus): boolean {
  return status !== 'ACTIVE'
}

/** The status changes offered from a status: every other one. */
export function nextStatuses(current: VolunteerStatus): VolunteerStatus[] {
  return VOLUNTEER_STATUSES.filter((s) => s !== current)
}

/** The memberships not left, leaders first. */
export function currentTeams(teams: readonly VolunteerTeamMembership[]): VolunteerTeamMembership[] {
  return teams
    .filter((m) => !m.leftOn)
    .sort((a, b) => TEAM_ROLES.indexOf(a.role) - TEAM_ROLES.indexOf(b.role) || a.teamName.localeCompare(b.teamName))
}
