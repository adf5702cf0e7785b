// The party posts feature's rules that need no screen: the lists' filters as API queries, the post form as the API's
// bodies, places taken, and the phone's service form checked before it is sent.
import type { PartyPostStatus, PartyPostView, PartyServiceLogStatus } from '../api'

export const POST_STATUSES = ['OPEN', 'CLOSED', 'ENDED'] as const satisfies readonly PartyPostStatus[]
export const LOG_STATUSES = ['SUBMITTED', 'VERIFIED', 'REJECTED'] as const satisfies readonly PartyServiceLogStatus[]
/** The most one log may claim: a day (the ledger's limit). */
export const MAX_MINUTES = 24 * 60
export const MAX_PHOTOS = 9

export interface PostFilters {
  area?: number
  category?: string
  status: PartyPostStatus | ''
  q: string
}

/** The posts list's filters (as the address holds them) as the API's query: empty ones left out. */
export function postQuery(f: PostFilters) {
  return {
    areaId: f.area,
    categoryCode: f.category || undefined,
    status: f.status || undefined,
    q: f.q.trim() || undefined,
  }
}

export interface LogFilters {
  status: PartyServiceLogStatus | ''
  area?: number
  from?: string
  to?: string
}

export function logQuery(f: LogFilters) {
  return {
    status: f.status || undefined,
    areaId: f.area,
    from: f.from || undefined,
    to: f.to || undefined,
  }
}

export interface PostForm {
  areaId?: number
  categoryCode?: string
  title: string
  requirements: string
  capacity: number
  termFrom: string
  termTo: string
}

/** A new post's form: its term from today to the year's end. */
export function newPostForm(today: string): PostForm {
  return { title: '', requirements: '', capacity: 1, termFrom: today, termTo: `${today.slice(0, 4)}-12-31` }
}

/** The form of a post being edited. */
export function postFormOf(p: PartyPostView): PostForm {
  return {
    areaId: p.area.id,
    categoryCode: p.categoryCode,
    title: p.title,
    requirements: p.requirements ?? '',
    capacity: p.capacity,
    termFrom: p.termFrom,
    termTo: p.termTo,
  }
}

/** The post's fields as the API takes them on create (with the area) and on update (without). */
export function postBody(f: PostForm) {
  return {
    categoryCode: f.categoryCode ?? '',
    title: f.title.trim(),
    requirements: f.requirements.trim() || undefined,
    capacity: f.capacity,
    termFrom: f.termFrom,
    termTo: f.termTo,
  }
}

/** Whether a term reads forwards (equal days are a one-day term); incomplete terms are the required rule's. */
export function termInOrder(from: string, to: string): boolean {
  return !from || !to || to >= from
}

/** Places taken of the places offered, e.g. "2/3". */
export function placesText(p: Pick<PartyPostView, 'claimCount' | 'capacity'>): string {
  return `${p.claimCount}/${p.capacity}`
}

export function isFull(p: Pick<PartyPostView, 'claimCount' | 'capacity'>): boolean {
  return p.claimCount >= p.capacity
}

export interface ServiceForm {
  serviceDate: string
  hours: number
  description: string
}

/** Hours as the API's whole minutes, within 1 minute and a day. */
export function serviceMinutes(hours: number): number {
  return Math.min(MAX_MINUTES, Math.max(1, Math.round(hours * 60)))
}

/** The service form's problems before sending (field → message key), none when it may be sent. */
export function serviceFormProblems(f: ServiceForm, today: string): Partial<Record<keyof ServiceForm, string>> {
  const problems: Partial<Record<keyof ServiceForm, string>> = {}
  if (!f.serviceDate) problems.serviceDate = 'required'
  else if (f.serviceDate > today) problems.serviceDate = 'dateFuture'
  if (!(f.hours > 0)) problems.hours = 'required'
  if (!f.description.trim()) problems.description = 'required'
  return problems
}
