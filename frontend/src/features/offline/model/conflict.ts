// What the outbox page shows of a conflict: the facts of each version of the issue that tell the worker what changed
// (its status, its handler, its last step and when), and the note they wrote with their action.
import type { IssueDetail, IssueEventType, IssueStatus } from '@/shared/api/types'

export interface IssueFacts {
  status?: IssueStatus
  handler?: string
  lastEvent?: { type: IssueEventType; at: string; actor?: string }
}

function isDetail(value: unknown): value is IssueDetail {
  return !!value && typeof value === 'object' && 'issue' in value && 'events' in value
}

/** The facts of a version; nothing when the version is unknown (the device no longer had it). */
export function issueFacts(version: unknown): IssueFacts | undefined {
  if (!isDetail(version)) return undefined
  const last = [...version.events].sort((a, b) => a.at.localeCompare(b.at)).at(-1)
  return {
    status: version.issue.status,
    handler: version.issue.handler?.displayName ?? version.issue.handlerTeam?.name ?? undefined,
    lastEvent: last && { type: last.type, at: last.at, actor: last.actor?.displayName },
  }
}

export interface MineFacts {
  /** The version the worker saw when they acted, if the device still had it. */
  seen?: IssueFacts
  /** The note they wrote (an action's comment or reason). */
  note?: string
}

/** The worker's side of a conflict, as the outbox keeps it. */
export interface ConflictMine {
  /** The body the action would have sent. */
  body: Record<string, unknown>
  /** The ETag of the version the worker acted on. */
  ifMatch?: string
  /** When they acted (device clock). */
  recordedAt: string
  /** That version itself, when the device's worklist still held it. */
  seen?: unknown
}

export function mineFacts(mine: unknown): MineFacts {
  const m = (mine ?? {}) as Partial<ConflictMine>
  const note = [m.body?.comment, m.body?.reason].find((v): v is string => typeof v === 'string' && !!v.trim())
  return { seen: issueFacts(m.seen), note }
}
