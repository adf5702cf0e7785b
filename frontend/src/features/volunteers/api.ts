// Every call to the volunteer and volunteer-team endpoints (/api/volunteers…, /api/volunteer-teams…).
import type { paths } from '@/api/schema'
import { api, ifMatch } from '@/shared/api/client'
import { unwrap } from '@/shared/api/problem'
import type {
  RevealField,
  VolunteerAccount,
  VolunteerCreate,
  VolunteerDetail,
  VolunteerPage,
  VolunteerStatusChange,
  VolunteerTeamCreate,
  VolunteerTeamDetail,
  VolunteerTeamMemberAdd,
  VolunteerTeamMemberLeave,
  VolunteerTeamPage,
  VolunteerTeamUpdate,
  VolunteerUpdate,
  TeamRole,
} from '@/shared/api/types'

export type VolunteerQuery = NonNullable<paths['/api/volunteers']['get']['parameters']['query']>
export type VolunteerTeamQuery = NonNullable<paths['/api/volunteer-teams']['get']['parameters']['query']>

const volunteerPath = (id: number) => `/api/volunteers/${id}`
const teamPath = (id: number) => `/api/volunteer-teams/${id}`

export async function listVolunteers(query: VolunteerQuery): Promise<VolunteerPage> {
  return unwrap(await api.GET('/api/volunteers', { params: { query } }))
}

export async function getVolunteer(id: number): Promise<VolunteerDetail> {
  return unwrap(await api.GET('/api/volunteers/{id}', { params: { path: { id } } }))
}

/** The signed-in volunteer's own profile. */
export async function getMyVolunteerProfile(): Promise<VolunteerDetail> {
  return unwrap(await api.GET('/api/volunteers/me'))
}

export async function createVolunteer(body: VolunteerCreate): Promise<VolunteerDetail> {
  return unwrap(await api.POST('/api/volunteers', { body }))
}

/** PUT against the version last read (If-Match): 412 when someone changed it meanwhile. */
export async function updateVolunteer(id: number, body: VolunteerUpdate): Promise<VolunteerDetail> {
  return unwrap(
    await api.PUT('/api/volunteers/{id}', {
      params: { path: { id }, header: { 'If-Match': ifMatch(volunteerPath(id)) } },
      body,
    }),
  )
}

export async function changeVolunteerStatus(id: number, body: VolunteerStatusChange): Promise<VolunteerDetail> {
  return unwrap(await api.POST('/api/volunteers/{id}/status', { params: { path: { id } }, body }))
}

/** The plain ID or phone number; the server writes the access to the audit log with the reason. */
export async function revealVolunteer(id: number, field: RevealField, reason: string): Promise<string> {
  return unwrap(await api.POST('/api/volunteers/{id}/reveal', { params: { path: { id } }, body: { field, reason } }))
    .value
}

/** A sign-in for the volunteer and its temporary password (shown once). */
export async function createVolunteerAccount(id: number, username: string): Promise<VolunteerAccount> {
  return unwrap(await api.POST('/api/volunteers/{id}/account', { params: { path: { id } }, body: { username } }))
}

export async function listVolunteerTeams(query: VolunteerTeamQuery): Promise<VolunteerTeamPage> {
  return unwrap(await api.GET('/api/volunteer-teams', { params: { query } }))
}

export async function getVolunteerTeam(id: number): Promise<VolunteerTeamDetail> {
  return unwrap(await api.GET('/api/volunteer-teams/{id}', { params: { path: { id } } }))
}

export async function createVolunteerTeam(body: VolunteerTeamCreate): Promise<VolunteerTeamDetail> {
  return unwrap(await api.POST('/api/volunteer-teams', { body }))
}

export async function updateVolunteerTeam(id: number, body: VolunteerTeamUpdate): Promise<VolunteerTeamDetail> {
  return unwrap(
    await api.PUT('/api/volunteer-teams/{id}', {
      params: { path: { id }, header: { 'If-Match': ifMatch(teamPath(id)) } },
      body,
    }),
  )
}

export async function dissolveVolunteerTeam(id: number, reason: string): Promise<VolunteerTeamDetail> {
  return unwrap(await api.POST('/api/volunteer-teams/{id}/dissolve', { params: { path: { id } }, body: { reason } }))
}

export async function addTeamMember(id: number, body: VolunteerTeamMemberAdd): Promise<VolunteerTeamDetail> {
  return unwrap(await api.POST('/api/volunteer-teams/{id}/members', { params: { path: { id } }, body }))
}

export async function changeTeamMemberRole(
  id: number,
  membershipId: number,
  role: TeamRole,
): Promise<VolunteerTeamDetail> {
  return unwrap(
    await api.PUT('/api/volunteer-teams/{id}/members/{membershipId}', {
      params: { path: { id, membershipId } },
      body: { role },
    }),
  )
}

export async function leaveTeam(
  id: number,
  membershipId: number,
  body: VolunteerTeamMemberLeave,
): Promise<VolunteerTeamDetail> {
  return unwrap(
    await api.POST('/api/volunteer-teams/{id}/members/{membershipId}/leave', {
      params: { path: { id, membershipId } },
      body,
    }),
  )
}
