// Talk-day sessions: the update body (the API takes the whole session, so every change starts from the version
// shown) and how sessions are grouped on the month calendar.
import { isoDate, type Period } from '@/shared/time/dates'
import type { TalkDayDetail, TalkDayStatus, TalkDaySummary, TalkDayUpdate } from '@/shared/api/types'

/** The session as the update body, before `changes`. */
export function updateBody(detail: TalkDayDetail, changes: Partial<TalkDayUpdate> = {}): TalkDayUpdate {
  const s = detail.talkDay
  const body: TalkDayUpdate = {
    date: s.date,
    startTime: s.startTime,
    endTime: s.endTime,
    place: s.place,
    topic: s.topic ?? undefined,
    hosts: s.hosts,
    status: s.status,
    attendanceCount: s.attendanceCount ?? undefined,
    attendees: detail.attendees ?? undefined,
    minutes: detail.minutes ?? undefined,
    ...changes,
  }
  if (!body.topic?.trim()) body.topic = undefined
  return body
}

/** Sessions by day (YYYY-MM-DD), each day in start-time order. */
export function byDay(sessions: readonly TalkDaySummary[]): Record<string, TalkDaySummary[]> {
  const days: Record<string, TalkDaySummary[]> = {}
  for (const s of sessions) (days[s.date] ??= []).push(s)
  for (const list of Object.values(days)) list.sort((a, b) => a.startTime.localeCompare(b.startTime) || a.id - b.id)
  return days
}

/**
 * A range that covers every day a month calendar shows around `month` (the month plus the days of the neighbouring
 * months that fill its first and last week, whichever day the week starts on).
 */
export function monthGridRange(month: Date): Period {
  return [
    isoDate(new Date(month.getFullYear(), month.getMonth(), 1 - 7)),
    isoDate(new Date(month.getFullYear(), month.getMonth() + 1, 7)),
  ]
}

export const TALK_DAY_STATUSES = ['PLANNED', 'HELD', 'CANCELLED'] as const satisfies readonly TalkDayStatus[]

/** The colour of each session state (calendar dots and tags). */
export const TALK_DAY_COLORS: Record<TalkDayStatus, string> = {
  PLANNED: '#1a6dcc',
  HELD: '#2e7d32',
  CANCELLED: '#6b7079',
}

/** The most session lines a calendar day shows; beyond, "+N" opens the day's full list. */
export const DAY_CELL_LINES = 3

/**
 * What a calendar day shows of its sessions: all of them when they fit in `lines`, else one line fewer and the
 * number of the rest (the "+N" takes the last line), so that no day grows beyond `lines`.
 */
export function dayCell<T>(sessions: readonly T[], lines = DAY_CELL_LINES): { shown: T[]; more: number } {
  if (sessions.length <= lines) return { shown: [...sessions], more: 0 }
  const shown = sessions.slice(0, Math.max(0, lines - 1))
  return { shown, more: sessions.length - shown.length }
}
