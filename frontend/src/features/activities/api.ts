// Every call to the activity endpoints (/api/activities…).
import { api, ifMatch } from '@/shared/api/client'
import { unwrap } from '@/shared/api/problem'
import type {
  ActivityCalendarEntry,
  ActivityDetail,
  ActivityInput,
  ActivityPage,
  ActivityStatus,
  ActivityTeamOption,
} from '@/shared/api/types'

const activityPath = (id: number) => `/api/activities/${id}`

export interface ActivityQuery {
  q?: string
  status?: ActivityStatus[]
  teamId?: number
  category?: string
  communityId?: number
  from?: string
  to?: string
  /** Only the activities of the teams the caller leads. */
  led?: boolean
}

export async function listActivities(
  query: ActivityQuery,
  page: number,
  size: number,
  sort?: string,
): Promise<ActivityPage> {
  return unwrap(await api.GET('/api/activities', { params: { query: { ...query, page, size, sort } } }))
}

/** The sessions of a month (YYYY-MM) for the calendar, with the list's filters. */
export async function activityCalendar(
  month: string,
  query: Omit<ActivityQuery, 'from' | 'to'>,
): Promise<ActivityCalendarEntry[]> {
  return unwrap(await api.GET('/api/activities/calendar', { params: { query: { ...query, month } } }))
}

export async function getActivity(id: number): Promise<ActivityDetail> {
  return unwrap(await api.GET('/api/activities/{id}', { params: { path: { id } } }))
}

export async function createActivity(body: ActivityInput): Promise<ActivityDetail> {
  return unwrap(await api.POST('/api/activities', { body }))
}

/** PUT against the version last read (If-Match): 412 when someone changed it meanwhile. */
export async function updateActivity(id: number, body: ActivityInput): Promise<ActivityDetail> {
  return unwrap(
    await api.PUT('/api/activities/{id}', {
      params: { path: { id }, header: { 'If-Match': ifMatch(activityPath(id)) } },
      body,
    }),
  )
}

export type ActivityStep = 'publish' | 'start' | 'end' | 'close'

/** One lifecycle step against the version last read. */
export async function stepActivity(id: number, step: ActivityStep): Promise<ActivityDetail> {
  const params = { path: { id }, header: { 'If-Match': ifMatch(activityPath(id)) } }
  switch (step) {
    case 'publish':
      return unwrap(await api.POST('/api/activities/{id}/publish', { params }))
    case 'start':
      return unwrap(await api.POST('/api/activities/{id}/start', { params }))
    case 'end':
      return unwrap(await api.POST('/api/activities/{id}/end', { params }))
    case 'close':
      return unwrap(await api.POST('/api/activities/{id}/close', { params }))
  }
}

export async function cancelActivity(id: number, reason: string): Promise<ActivityDetail> {
  return unwrap(
    await api.POST('/api/activities/{id}/cancel', {
      params: { path: { id }, header: { 'If-Match': ifMatch(activityPath(id)) } },
      body: { reason },
    }),
  )
}

/** The teams the caller may organise activities for (a leader: their own). */
export async function activityTeams(): Promise<ActivityTeamOption[]> {
  return unwrap(await api.GET('/api/activities/teams'))
}
