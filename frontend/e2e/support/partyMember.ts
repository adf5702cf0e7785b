// A reported party member for the party specs: a volunteer of the community with a sign-in account, and this year's
// report entered and confirmed through the reports part's API (ACTIVE), as a community's staff would.
import type { Account } from './keycloak'
import type { AdminApi } from './admin-api'

export interface PartyMember extends Account {
  volunteerId: number
  name: string
}

export async function reportedMember(
  adminApi: AdminApi,
  communityId: number,
  member: { username: string; password: string; name: string; idCard: string },
): Promise<PartyMember> {
  const { body: created } = await adminApi.call<{ volunteer: { id: number } }>('POST', '/api/volunteers', {
    communityId,
    name: member.name,
    idCard: member.idCard,
  })
  const volunteerId = created.volunteer.id
  const { body: login } = await adminApi.call<{ temporaryPassword: string }>(
    'POST',
    `/api/volunteers/${volunteerId}/account`,
    { username: member.username },
  )
  const year = Number(new Date().toLocaleString('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }))
  const { body: report } = await adminApi.call<{ id: number }>('POST', '/api/party-reports', {
    communityId,
    year,
    volunteerId,
    employer: 'E2E区市场监督管理局',
    employerType: 'GOVERNMENT_ORGAN',
  })
  await adminApi.call('POST', `/api/party-reports/${report.id}/confirm`, {})
  return {
    username: member.username,
    password: member.password,
    temporaryPassword: login.temporaryPassword,
    volunteerId,
    name: member.name,
  }
}

/** A post of an area through the API (the posts part's contract), its term this year, open for claims. */
export async function openPost(
  adminApi: AdminApi,
  areaId: number,
  title: string,
  today: string,
  capacity = 3,
): Promise<number> {
  const { body } = await adminApi.call<{ id: number }>('POST', '/api/party-posts', {
    areaId,
    categoryCode: 'BUILDING_WATCH',
    title,
    requirements: '每周巡查楼道一次',
    capacity,
    termFrom: today,
    termTo: `${today.slice(0, 4)}-12-31`,
  })
  return body.id
}
