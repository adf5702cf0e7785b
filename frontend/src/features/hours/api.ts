// Every call to the hours ledger (/api/volunteer-hours…, /api/volunteers/{id}/hours, /api/volunteers/me/hours).
import { api, etagOf } from '@/shared/api/client'
import { unwrap } from '@/shared/api/problem'
import type {
  VolunteerHoursDecisionInput,
  VolunteerHoursDecisionResult,
  VolunteerHoursEntry,
  VolunteerHoursInput,
  VolunteerHoursLedger,
  VolunteerHoursMonthLock,
  VolunteerHoursQueuePage,
  VolunteerHoursReversal,
  VolunteerHoursReversalInput,
  VolunteerHoursSource,
  VolunteerStarLevels,
} from '@/shared/api/types'

export async function getLedger(volunteerId: number, page = 0, size = 20): Promise<VolunteerHoursLedger> {
  return unwrap(
    await api.GET('/api/volunteers/{id}/hours', { params: { path: { id: volunteerId }, query: { page, size } } }),
  )
}

export async function getMyLedger(page = 0, size = 20): Promise<VolunteerHoursLedger> {
  return unwrap(await api.GET('/api/volunteers/me/hours', { params: { query: { page, size } } }))
}

export async function backfillHours(volunteerId: number, body: VolunteerHoursInput): Promise<VolunteerHoursEntry> {
  return unwrap(await api.POST('/api/volunteers/{id}/hours', { params: { path: { id: volunteerId } }, body }))
}

export async function reportHours(body: VolunteerHoursInput): Promise<VolunteerHoursEntry> {
  return unwrap(await api.POST('/api/volunteers/me/hours', { body }))
}

export async function reverseHours(id: number, body: VolunteerHoursReversalInput): Promise<VolunteerHoursReversal> {
  return unwrap(await api.POST('/api/volunteer-hours/{id}/reversal', { params: { path: { id } }, body }))
}

export interface QueueFilter {
  communityId?: number
  activityId?: number
  source?: VolunteerHoursSource
  from?: string
  to?: string
}

export async function getQueue(filter: QueueFilter, page: number, size: number): Promise<VolunteerHoursQueuePage> {
  return unwrap(await api.GET('/api/volunteer-hours/queue', { params: { query: { ...filter, page, size } } }))
}

export async function decideHours(body: VolunteerHoursDecisionInput): Promise<VolunteerHoursDecisionResult> {
  return unwrap(await api.POST('/api/volunteer-hours/decisions', { body }))
}

export async function listMonthLocks(subDistrictId?: number): Promise<VolunteerHoursMonthLock[]> {
  return unwrap(await api.GET('/api/volunteer-hours/month-locks', { params: { query: { subDistrictId } } }))
}

export async function lockMonth(subDistrictId: number, month: string): Promise<VolunteerHoursMonthLock> {
  return unwrap(await api.POST('/api/volunteer-hours/month-locks', { body: { subDistrictId, month } }))
}

const STARS = '/api/volunteer-hours/star-levels'

export async function getStarLevels(subDistrictId: number): Promise<VolunteerStarLevels> {
  return unwrap(await api.GET(STARS, { params: { query: { subDistrictId } } }))
}

/** Saves against the version read (If-Match): 412 when someone changed the thresholds meanwhile. */
export async function saveStarLevels(read: VolunteerStarLevels, minHours: number[]): Promise<VolunteerStarLevels> {
  return unwrap(
    await api.PUT(STARS, {
      params: { query: { subDistrictId: read.subDistrictId }, header: { 'If-Match': etagOf(read.version) } },
      body: { minHours },
    }),
  )
}
