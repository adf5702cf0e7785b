// Every call to the talk-day endpoints (/api/talk-days…).
import { api, ifMatch } from '@/shared/api/client'
import { unwrap } from '@/shared/api/problem'
import type { TalkDayCreate, TalkDayDetail, TalkDaySummary, TalkDayUpdate } from '@/shared/api/types'
import type { Period } from '@/shared/time/dates'
import { updateBody } from './model/talkDays'

const talkDayPath = (id: number) => `/api/talk-days/${id}`

const PAGE = 100

/** Every session in an area between two days (all pages: a sub-district has a few dozen a month). */
export async function talkDaysBetween(areaId: number | undefined, [from, to]: Period): Promise<TalkDaySummary[]> {
  const all: TalkDaySummary[] = []
  for (let page = 0; ; page++) {
    const result = unwrap(
      await api.GET('/api/talk-days', { params: { query: { areaId, from, to, page, size: PAGE, sort: 'date' } } }),
    )
    all.push(...result.items)
    if (all.length >= result.total || result.items.length === 0) return all
  }
}

export async function getTalkDay(id: number): Promise<TalkDayDetail> {
  return unwrap(await api.GET('/api/talk-days/{id}', { params: { path: { id } } }))
}

export async function createTalkDay(body: TalkDayCreate): Promise<TalkDayDetail> {
  return unwrap(await api.POST('/api/talk-days', { body }))
}

/** PUT /api/talk-days/{id} against the version last read (If-Match): 412 when someone changed it meanwhile. */
export async function updateTalkDay(detail: TalkDayDetail, changes: Partial<TalkDayUpdate>): Promise<TalkDayDetail> {
  const id = detail.talkDay.id
  return unwrap(
    await api.PUT('/api/talk-days/{id}', {
      params: { path: { id }, header: { 'If-Match': ifMatch(talkDayPath(id)) } },
      body: updateBody(detail, changes),
    }),
  )
}

/** Deletes a session against the version last read of it (the client adds the If-Match it recorded). */
export async function deleteTalkDay(id: number): Promise<void> {
  unwrap(await api.DELETE('/api/talk-days/{id}', { params: { path: { id } } }))
}
