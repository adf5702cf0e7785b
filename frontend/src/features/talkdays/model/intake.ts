// The batch intake form of a talk day: what it keeps from one issue to the next and what it clears.
import type { AreaNode, IssueCreate, IssueUrgency, TalkDaySummary } from '@/shared/api/types'
import { shanghaiToday } from '@/shared/time/dates'
import { findNode } from '@/features/areas'
import { type LocationDraft, locationInput, type ReporterDraft, reporterInput } from '@/features/issues'

export interface IntakeForm {
  /** Kept: the first-responsible person (首问责任人). */
  receivedById?: number
  /** Kept: the category (a session often has several issues of one kind). */
  categoryId?: number
  /** Kept: when the issues were raised (the session's start when they are entered afterwards; else now). */
  receivedAt?: Date
  urgency: IssueUrgency
  reporter: ReporterDraft
  location: LocationDraft
  description: string
}

/** The session's start as an instant (its date and time are in China Standard Time). */
export function sessionStart(talkDay: Pick<TalkDaySummary, 'date' | 'startTime'>): Date {
  return new Date(`${talkDay.date}T${talkDay.startTime}:00+08:00`)
}

/** Issues are taken in from the session's day on (the server refuses a receipt before it). */
export function intakeOpen(talkDay: Pick<TalkDaySummary, 'date' | 'status'>, now = new Date()): boolean {
  return talkDay.status !== 'CANCELLED' && talkDay.date <= shanghaiToday(now)
}

/**
 * A new form for `talkDay`. `defaultAreaId` is where an issue is placed unless the clerk says otherwise: the
 * session's community, or for a grid worker (who works in grids, not the whole community) their grid.
 */
export function newIntakeForm(
  talkDay: TalkDaySummary,
  receivedById: number | undefined,
  defaultAreaId: number | undefined,
  now = new Date(),
): IntakeForm {
  return {
    receivedById,
    categoryId: undefined,
    // entered on a later day: the issues were raised at the session, not now
    receivedAt: talkDay.date < shanghaiToday(now) ? sessionStart(talkDay) : undefined,
    ...clearedPart(defaultAreaId),
  }
}

function clearedPart(
  defaultAreaId: number | undefined,
): Pick<IntakeForm, 'urgency' | 'reporter' | 'location' | 'description'> {
  return { urgency: 'NORMAL', reporter: {}, location: { areaId: defaultAreaId }, description: '' }
}

/** After a save: the session, receiver, category and time stay; the reporter, place, urgency and text are cleared. */
export function clearAfterSave(form: IntakeForm, defaultAreaId: number | undefined): void {
  Object.assign(form, clearedPart(defaultAreaId))
}

/**
 * Where a session's issues are placed by default: its community when the caller works in all of it, else the only
 * grid of it the caller works in; otherwise nothing (the clerk chooses).
 */
export function defaultIntakeArea(tree: readonly AreaNode[], communityId: number): number | undefined {
  const community = findNode(tree, communityId)
  if (!community) return undefined
  if (community.inScope) return community.id
  const grids = community.children.filter((g) => g.level === 'GRID' && g.inScope)
  return grids.length === 1 ? grids[0]!.id : undefined
}

export function intakeBody(form: IntakeForm, talkDay: TalkDaySummary): IssueCreate {
  return {
    categoryId: form.categoryId!,
    description: form.description.trim(),
    urgency: form.urgency,
    channel: 'TALK_DAY',
    talkDayId: talkDay.id,
    location: locationInput(form.location),
    reporter: reporterInput(form.reporter),
    receivedById: form.receivedById,
    receivedAt: form.receivedAt?.toISOString(),
  }
}
