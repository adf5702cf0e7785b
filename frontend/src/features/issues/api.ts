// Issue calls shared by several screens, and the few shapes the generated types get wrong.
import { api, etags } from '@/shared/api/client'
import { unwrap } from '@/shared/api/problem'
import type { IssueDetail, IssueLocationInput, IssueReporterInput } from '@/shared/api/types'

export const issuePath = (id: number) => `/api/issues/${id}`

/**
 * Where an issue is: a household, or an area (community, grid or building), with an optional free address. The
 * OpenAPI document marks all three as required, but the API takes either a household or an area (nulls omitted).
 */
export interface LocationDraft {
  householdId?: number
  areaId?: number
  address?: string
}

/** Who raised it: a resident from the registry, or a name and phone (all optional in the API, see LocationDraft). */
export interface ReporterDraft {
  residentId?: number
  name?: string
  phone?: string
}

const blank = (s: string | undefined) => (s?.trim() ? s.trim() : undefined)

export function locationInput(d: LocationDraft): IssueLocationInput {
  return { householdId: d.householdId, areaId: d.householdId ? undefined : d.areaId, address: blank(d.address) } as IssueLocationInput
}

export function reporterInput(d: ReporterDraft): IssueReporterInput {
  return d.residentId
    ? ({ residentId: d.residentId, phone: blank(d.phone) } as IssueReporterInput)
    : ({ name: blank(d.name), phone: blank(d.phone) } as IssueReporterInput)
}

/**
 * Remembers the version an action answered with, so that the next action is made against it (If-Match). The
 * client records a POST's ETag under the action's own path; the issue's path is what the next call names.
 */
export function rememberIssue(detail: IssueDetail, response?: Response): IssueDetail {
  const tag = response?.headers.get('ETag') ?? `"${detail.issue.version}"`
  etags.set(issuePath(detail.issue.id), tag)
  return detail
}

/** POST /api/issues/{id}/reveal-phone: the reporter's phone in plain text (audited with the reason). */
export async function revealIssuePhone(id: number, reason: string): Promise<string> {
  const { value } = unwrap(await api.POST('/api/issues/{id}/reveal-phone', { params: { path: { id } }, body: { reason } }))
  return value
}

/** A photo's bytes, fetched with the bearer token (an <img src> could not send it), as an object URL. */
export async function photoObjectUrl(issueId: number, photoId: number): Promise<string> {
  const result = await api.GET('/api/issues/{id}/photos/{photoId}', {
    params: { path: { id: issueId, photoId } },
    parseAs: 'blob',
  })
  return URL.createObjectURL(unwrap(result) as unknown as Blob)
}
