// Volunteer activities: the form (sessions and posts as editable rows) and its body, the lifecycle buttons, the list's
// filters in the address, and how sessions fall on the month calendar (Beijing days).
import type {
  ActivityAction,
  ActivityCalendarEntry,
  ActivityDetail,
  ActivityInput,
  ActivityStatus,
  SignUpMode,
} from '@/shared/api/types'
import { ZONE, shanghaiDate } from '@/shared/time/dates'

export const ACTIVITY_STATUSES = [
  'DRAFT',
  'PUBLISHED',
  'IN_PROGRESS',
  'ENDED',
  'CLOSED',
  'CANCELLED',
] as const satisfies readonly ActivityStatus[]

export const SIGN_UP_MODES = ['FIRST_COME', 'APPROVAL'] as const satisfies readonly SignUpMode[]

/** The tag type of each state (list, calendar legend, detail). */
export const STATUS_TAGS: Record<ActivityStatus, 'info' | 'primary' | 'success' | 'warning' | 'danger'> = {
  DRAFT: 'info',
  PUBLISHED: 'primary',
  IN_PROGRESS: 'success',
  ENDED: 'warning',
  CLOSED: 'info',
  CANCELLED: 'danger',
}

/** The colour of each state on the calendar. */
export const STATUS_COLORS: Record<ActivityStatus, string> = {
  DRAFT: '#8a9099',
  PUBLISHED: '#1a6dcc',
  IN_PROGRESS: '#2e7d32',
  ENDED: '#b26a00',
  CLOSED: '#4a4f57',
  CANCELLED: '#c62828',
}

/** The lifecycle buttons, in lifecycle order (EDIT opens the form; the others are steps). */
export const ACTION_ORDER: readonly ActivityAction[] = ['EDIT', 'PUBLISH', 'START', 'END', 'CLOSE', 'CANCEL']

export const ACTION_BUTTONS: Record<ActivityAction, 'primary' | 'default' | 'danger'> = {
  EDIT: 'default',
  PUBLISH: 'primary',
  START: 'primary',
  END: 'primary',
  CLOSE: 'primary',
  CANCEL: 'danger',
}

/** The buttons the detail shows: only what the server allows the caller now, in lifecycle order. */
export function actionButtons(allowed: readonly ActivityAction[]): ActivityAction[] {
  return ACTION_ORDER.filter((a) => allowed.includes(a))
}

export interface PostRow {
  id?: number
  name: string
  capacity: number
  /** Accepted sign-ups (0 for a new post): the capacity may not drop below it. */
  accepted: number
  /** Sign-ups of any status: a post with any cannot be removed. */
  signUps: number
}

export interface SessionRow {
  id?: number
  /** [start, end] as the range picker holds them. */
  range: [Date, Date] | null
  signUps: number
  posts: PostRow[]
}

export interface ActivityForm {
  teamId?: number
  communityId?: number
  gridId?: number
  title: string
  categoryCode?: string
  description: string
  place: string
  beneficiaryHouseholdIds: number[]
  signUpMode: SignUpMode
  minAge?: number
  maxAge?: number
  skillCodes: string[]
  membersOnly: boolean
  signUpDeadline?: Date
  withdrawDeadline?: Date
  sessions: SessionRow[]
}

export function newPost(): PostRow {
  return { name: '', capacity: 10, accepted: 0, signUps: 0 }
}

export function newSession(range: [Date, Date] | null = null): SessionRow {
  return { range, signUps: 0, posts: [newPost()] }
}

export function blankForm(): ActivityForm {
  return {
    title: '',
    description: '',
    place: '',
    beneficiaryHouseholdIds: [],
    signUpMode: 'FIRST_COME',
    skillCodes: [],
    membersOnly: false,
    sessions: [newSession()],
  }
}

/** The form filled from an activity, to edit it. */
export function formOf(detail: ActivityDetail): ActivityForm {
  const a = detail.activity
  return {
    teamId: a.teamId,
    communityId: a.communityId,
    gridId: a.gridId ?? undefined,
    title: a.title,
    categoryCode: a.categoryCode,
    description: detail.description ?? '',
    place: a.place,
    beneficiaryHouseholdIds: detail.beneficiaries.map((b) => b.householdId),
    signUpMode: detail.signUpMode,
    minAge: detail.minAge ?? undefined,
    maxAge: detail.maxAge ?? undefined,
    skillCodes: [...detail.skillCodes],
    membersOnly: detail.membersOnly,
    signUpDeadline: detail.signUpDeadline ? new Date(detail.signUpDeadline) : undefined,
    withdrawDeadline: detail.withdrawDeadline ? new Date(detail.withdrawDeadline) : undefined,
    sessions: detail.sessions.map((s) => ({
      id: s.id,
      range: [new Date(s.startsAt), new Date(s.endsAt)],
      signUps: s.signUps,
      posts: s.posts.map((p) => ({
        id: p.id,
        name: p.name,
        capacity: p.capacity,
        accepted: p.accepted,
        signUps: p.signUps,
      })),
    })),
  }
}

/** The request body of the form (create and edit alike). */
export function inputOf(form: ActivityForm): ActivityInput {
  return {
    teamId: form.teamId!,
    communityId: form.communityId!,
    gridId: form.gridId,
    title: form.title.trim(),
    categoryCode: form.categoryCode!,
    description: form.description.trim() || undefined,
    place: form.place.trim(),
    beneficiaryHouseholdIds: [...form.beneficiaryHouseholdIds],
    signUpMode: form.signUpMode,
    minAge: form.minAge,
    maxAge: form.maxAge,
    skillCodes: [...form.skillCodes],
    membersOnly: form.membersOnly,
    signUpDeadline: form.signUpDeadline?.toISOString(),
    withdrawDeadline: form.withdrawDeadline?.toISOString(),
    sessions: form.sessions.map((s) => ({
      id: s.id,
      startsAt: s.range![0].toISOString(),
      endsAt: s.range![1].toISOString(),
      posts: s.posts.map((p) => ({ id: p.id, name: p.name.trim(), capacity: p.capacity })),
    })),
  }
}

/** The earliest session start of the form (the deadlines may not be after it), or undefined. */
export function firstStart(form: Pick<ActivityForm, 'sessions'>): Date | undefined {
  const starts = form.sessions.flatMap((s) => (s.range ? [s.range[0]] : []))
  return starts.length ? new Date(Math.min(...starts.map((d) => d.getTime()))) : undefined
}

/** What is wrong with the form's rows before sending (message keys under `activity.`), empty when nothing. */
export function rowProblems(form: Pick<ActivityForm, 'sessions' | 'signUpDeadline' | 'withdrawDeadline'>): string[] {
  const problems = new Set<string>()
  if (form.sessions.length === 0) problems.add('noSessions')
  for (const s of form.sessions) {
    if (!s.range) problems.add('sessionTimeRequired')
    else if (s.range[1].getTime() <= s.range[0].getTime()) problems.add('endBeforeStart')
    if (s.posts.length === 0) problems.add('noPosts')
    for (const p of s.posts) {
      if (!p.name.trim()) problems.add('postNameRequired')
      if (!(p.capacity >= 1)) problems.add('capacityPositive')
      else if (p.capacity < p.accepted) problems.add('capacityBelowTaken')
    }
  }
  const first = firstStart(form)
  if (first && [form.signUpDeadline, form.withdrawDeadline].some((d) => d && d.getTime() > first.getTime())) {
    problems.add('deadlineAfterStart')
  }
  return [...problems]
}

/** "taken/capacity" of a post or an activity. */
export function placesText(accepted: number, capacity: number): string {
  return `${accepted}/${capacity}`
}

/**
 * The calendar's sessions by Beijing day (YYYY-MM-DD), each day in start order. A session over several days
 * appears on each of them.
 */
export function byDay(entries: readonly ActivityCalendarEntry[]): Record<string, ActivityCalendarEntry[]> {
  const days: Record<string, ActivityCalendarEntry[]> = {}
  for (const e of entries) {
    const first = shanghaiDate(new Date(e.startsAt))
    // the end instant itself belongs to the day before when it is a midnight
    const last = shanghaiDate(new Date(Date.parse(e.endsAt) - 1))
    for (let day = first; day <= last; day = nextDay(day)) (days[day] ??= []).push(e)
  }
  for (const list of Object.values(days))
    list.sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.sessionId - b.sessionId)
  return days
}

function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + 1)
  return d.toISOString().slice(0, 10)
}

/** The month (YYYY-MM) a calendar day (YYYY-MM-DD) lies in, and the one before and after it. */
export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number)
  const d = new Date(Date.UTC(y!, m! - 1 + by, 1))
  return d.toISOString().slice(0, 7)
}

const clock = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })

/** The time of day (HH:mm, Beijing) of an instant, as the calendar shows a session's start. */
export function beijingTime(iso: string): string {
  return clock.format(new Date(iso))
}
