// Every call to the issue endpoints (/api/issues…, /api/issue-categories…), for office and phone screens alike:
// lists, intake, edits, the workflow actions, photos and statistics. Each call that changes an issue is made
// against the version on screen (If-Match) and remembers the version it answers with.
import type { paths } from '@/api/schema'
import { api, etagOf, etags, ifMatch, rememberEtag } from '@/shared/api/client'
import { downloadOf, type Download } from '@/shared/api/download'
import { unwrap } from '@/shared/api/problem'
import { fileUpload } from '@/shared/api/upload'
import type {
  IssueAttention,
  IssueCategory,
  IssueCategoryInput,
  IssueCreate,
  IssueDetail,
  IssueHandlerTeamOption,
  IssuePage,
  IssueStats,
  IssueUpdate,
} from '@/shared/api/types'
import type { ActionInput, DialogAction } from './model/actions'

export type IssueQuery = NonNullable<paths['/api/issues']['get']['parameters']['query']>
export type IssueStatsQuery = NonNullable<paths['/api/issues/stats']['get']['parameters']['query']>

const issuePath = (id: number) => `/api/issues/${id}`

type Answer = { data?: IssueDetail; error?: unknown; response: Response }

/**
 * The issue an answer carries, its version remembered for the next change (If-Match). The client records an
 * action's ETag under the action's own path; the issue's path is what the next call names.
 */
function issueOf(result: Answer): IssueDetail {
  const detail = unwrap(result)
  rememberEtag(issuePath(detail.issue.id), result.response, detail.issue.version)
  return detail
}

/** The version of the issue last read or changed here (the If-Match of an action queued in the outbox). */
export function seenEtag(id: number): string | undefined {
  return etags.get(issuePath(id))
}

/** Records the version of an issue that arrived another way (an outbox item's answer, the device's copy). */
export function rememberIssue(detail: IssueDetail, etag?: string): void {
  etags.set(issuePath(detail.issue.id), etag ?? etagOf(detail.issue.version))
}

// ---- reading

export async function listIssues(query: IssueQuery): Promise<IssuePage> {
  return unwrap(await api.GET('/api/issues', { params: { query } }))
}

export async function getIssue(id: number): Promise<IssueDetail> {
  return issueOf(await api.GET('/api/issues/{id}', { params: { path: { id } } }))
}

/** The volunteer teams the issue may be given to (active, of its community or sub-district), with their leaders. */
export async function listHandlerTeams(id: number): Promise<IssueHandlerTeamOption[]> {
  return unwrap(await api.GET('/api/issues/{id}/handler-teams', { params: { path: { id } } }))
}

/** The caller's overdue and due-soon issues (as handler or first-responsible person). */
export async function getAttention(): Promise<IssueAttention> {
  return unwrap(await api.GET('/api/issues/attention'))
}

/** POST /api/issues/{id}/reveal-phone: the reporter's phone in plain text (audited with the reason). */
export async function revealIssuePhone(id: number, reason: string): Promise<string> {
  const { value } = unwrap(
    await api.POST('/api/issues/{id}/reveal-phone', { params: { path: { id } }, body: { reason } }),
  )
  return value
}

// ---- intake and edits

/** Takes an issue in (office form, talk-day batch intake, phone report alike). */
export async function createIssue(body: IssueCreate): Promise<IssueDetail> {
  return issueOf(await api.POST('/api/issues', { body }))
}

export async function updateIssue(id: number, body: IssueUpdate): Promise<IssueDetail> {
  return issueOf(
    await api.PUT('/api/issues/{id}', {
      params: { path: { id }, header: { 'If-Match': ifMatch(issuePath(id)) } },
      body,
    }),
  )
}

// ---- the workflow

const text = (s: string | undefined) => s?.trim() ?? ''
const optional = (s: string | undefined) => text(s) || undefined

/**
 * Performs `action` on the issue and returns the issue as it now is. The one runner of the office's action dialog
 * and the phone's action sheet; a phone's RESOLVE with a photo adds the photo first, while the issue is still in
 * progress, and resolves against the version that made.
 */
export async function performAction(
  id: number,
  action: DialogAction,
  input: Partial<ActionInput>,
): Promise<IssueDetail> {
  if (action === 'RESOLVE' && input.photo) await addIssuePhoto(id, input.photo, input.photo.name)
  const params = { path: { id }, header: { 'If-Match': ifMatch(issuePath(id)) } }
  switch (action) {
    case 'ACCEPT':
      return issueOf(await api.POST('/api/issues/{id}/accept', { params, body: { comment: optional(input.comment) } }))
    case 'REJECT':
      return issueOf(await api.POST('/api/issues/{id}/reject', { params, body: { reason: text(input.reason) } }))
    case 'ASSIGN':
      // to a staff member, or instead to a volunteer team (its leaders then handle the issue) or to a co-building
      // unit (its liaisons do)
      return issueOf(
        await api.POST('/api/issues/{id}/assign', {
          params,
          body:
            input.handlerKind === 'team'
              ? { handlerTeamId: input.handlerTeamId!, comment: optional(input.comment) }
              : input.handlerKind === 'unit'
                ? { handlerUnitId: input.handlerUnitId!, comment: optional(input.comment) }
                : { handlerId: input.handlerId!, comment: optional(input.comment) },
        }),
      )
    case 'START':
      return issueOf(await api.POST('/api/issues/{id}/start', { params, body: { comment: optional(input.comment) } }))
    case 'RESOLVE':
      return issueOf(await api.POST('/api/issues/{id}/resolve', { params, body: { comment: text(input.comment) } }))
    case 'CLOSE':
      return issueOf(
        await api.POST('/api/issues/{id}/close', {
          params,
          body: { satisfaction: input.satisfaction!, comment: optional(input.comment) },
        }),
      )
    case 'ESCALATE':
      return issueOf(await api.POST('/api/issues/{id}/escalate', { params, body: { reason: text(input.reason) } }))
    case 'TRANSFER':
      return issueOf(
        await api.POST('/api/issues/{id}/transfer', {
          params,
          body: { toStaffId: input.toStaffId!, reason: text(input.reason) },
        }),
      )
    case 'COMMENT':
      // a comment changes nothing that could be stale: no If-Match
      return issueOf(
        await api.POST('/api/issues/{id}/comments', {
          params: { path: { id } },
          body: { comment: text(input.comment) },
        }),
      )
    case 'REQUEST_EXTENSION':
      return issueOf(
        await api.POST('/api/issues/{id}/extensions', {
          params,
          body: { days: input.days ?? 1, reason: text(input.reason) },
        }),
      )
    case 'DECIDE_EXTENSION': {
      const decided = { ...params, path: { id, extensionId: input.extensionId! } }
      return issueOf(
        input.approve
          ? await api.POST('/api/issues/{id}/extensions/{extensionId}/approve', {
              params: decided,
              body: { comment: optional(input.comment) },
            })
          : await api.POST('/api/issues/{id}/extensions/{extensionId}/reject', {
              params: decided,
              body: { comment: text(input.comment) },
            }),
      )
    }
  }
}

// ---- photos

/** POST /api/issues/{id}/photos (multipart field `file`): the issue as it now stands. */
export async function addIssuePhoto(issueId: number, file: Blob, name: string): Promise<IssueDetail> {
  return issueOf(
    await api.POST('/api/issues/{id}/photos', { params: { path: { id: issueId } }, ...fileUpload(file, name) }),
  )
}

export async function deleteIssuePhoto(issueId: number, photoId: number): Promise<IssueDetail> {
  return issueOf(await api.DELETE('/api/issues/{id}/photos/{photoId}', { params: { path: { id: issueId, photoId } } }))
}

/** A photo's bytes, fetched with the bearer token (an <img src> could not send it), as an object URL to revoke. */
export async function photoUrl(issueId: number, photoId: number): Promise<string> {
  const result = await api.GET('/api/issues/{id}/photos/{photoId}', {
    params: { path: { id: issueId, photoId } },
    parseAs: 'blob',
  })
  return URL.createObjectURL(unwrap(result) as unknown as Blob)
}

// ---- statistics

export async function getIssueStats(query: IssueStatsQuery): Promise<IssueStats> {
  return unwrap(await api.GET('/api/issues/stats', { params: { query } }))
}

/** The same figures as an Excel workbook (totals, by category, community and grid, and the definitions). */
export async function exportIssueStats(query: IssueStatsQuery): Promise<Download> {
  const result = await api.GET('/api/issues/stats/export', { params: { query }, parseAs: 'blob' })
  return downloadOf(result, `issue-stats-${query.from}-${query.to}.xlsx`)
}

// ---- categories

export async function listIssueCategories(): Promise<IssueCategory[]> {
  return unwrap(await api.GET('/api/issue-categories'))
}

export async function createIssueCategory(body: IssueCategoryInput): Promise<IssueCategory> {
  return unwrap(await api.POST('/api/issue-categories', { body }))
}

/** PUT against the version of the category shown (a list row). */
export async function updateIssueCategory(
  category: Pick<IssueCategory, 'id' | 'version'>,
  body: IssueCategoryInput,
): Promise<IssueCategory> {
  return unwrap(
    await api.PUT('/api/issue-categories/{id}', {
      params: { path: { id: category.id }, header: { 'If-Match': etagOf(category.version) } },
      body,
    }),
  )
}
