// Every call to the party posts endpoints (/api/party-posts…, /api/party-post-claims…, /api/party-service-logs…).
import type { components, paths } from '@/api/schema'
import { api } from '@/shared/api/client'
import { unwrap } from '@/shared/api/problem'
import { fileUpload } from '@/shared/api/upload'

type Schemas = components['schemas']
export type PartyPostView = Schemas['PartyPostView']
export type PartyPostPage = Schemas['PageResultPartyPostView']
export type PartyPostCreate = Schemas['PartyPostCreate']
export type PartyPostUpdate = Schemas['PartyPostUpdate']
export type PartyPostStatus = Schemas['PartyPostStatus']
export type PartyPostOpenItem = Schemas['PartyPostOpenItem']
export type PartyPostClaimView = Schemas['PartyPostClaimView']
export type PartyPostClaimStatus = Schemas['PartyPostClaimStatus']
export type PartyServiceLogView = Schemas['PartyServiceLogView']
export type PartyServiceLogPage = Schemas['PageResultPartyServiceLogView']
export type PartyServiceLogCreate = Schemas['PartyServiceLogCreate']
export type PartyServiceLogStatus = Schemas['PartyServiceLogStatus']

export type PartyPostQuery = NonNullable<paths['/api/party-posts']['get']['parameters']['query']>
export type PartyServiceLogQuery = NonNullable<paths['/api/party-service-logs']['get']['parameters']['query']>

export async function listPartyPosts(query: PartyPostQuery): Promise<PartyPostPage> {
  return unwrap(await api.GET('/api/party-posts', { params: { query } }))
}

export async function createPartyPost(body: PartyPostCreate): Promise<PartyPostView> {
  return unwrap(await api.POST('/api/party-posts', { body }))
}

/** Saves the post as last read (its version as If-Match): 412 when someone changed it meanwhile. */
export async function updatePartyPost(
  post: Pick<PartyPostView, 'id' | 'version'>,
  body: PartyPostUpdate,
): Promise<PartyPostView> {
  return unwrap(
    await api.PUT('/api/party-posts/{id}', {
      params: { path: { id: post.id }, header: { 'If-Match': `"${post.version}"` } },
      body,
    }),
  )
}

export async function closePartyPost(id: number): Promise<PartyPostView> {
  return unwrap(await api.POST('/api/party-posts/{id}/close', { params: { path: { id } } }))
}

export async function listPartyPostClaims(id: number): Promise<PartyPostClaimView[]> {
  return unwrap(await api.GET('/api/party-posts/{id}/claims', { params: { path: { id } } }))
}

export async function revokePartyPostClaim(id: number, reason: string): Promise<PartyPostClaimView> {
  return unwrap(await api.POST('/api/party-post-claims/{id}/revoke', { params: { path: { id } }, body: { reason } }))
}

// ---- the member (phone) ----

export async function listOpenPartyPosts(): Promise<PartyPostOpenItem[]> {
  return unwrap(await api.GET('/api/party-posts/open', {}))
}

export async function claimPartyPost(id: number): Promise<PartyPostClaimView> {
  return unwrap(await api.POST('/api/party-posts/{id}/claims', { params: { path: { id } } }))
}

export async function listMyPartyPostClaims(): Promise<PartyPostClaimView[]> {
  return unwrap(await api.GET('/api/party-post-claims/mine', {}))
}

export async function releasePartyPostClaim(id: number, reason: string): Promise<PartyPostClaimView> {
  return unwrap(await api.POST('/api/party-post-claims/{id}/release', { params: { path: { id } }, body: { reason } }))
}

export async function createPartyServiceLog(body: PartyServiceLogCreate): Promise<PartyServiceLogView> {
  return unwrap(await api.POST('/api/party-service-logs', { body }))
}

export async function addPartyServicePhoto(logId: number, file: Blob, fileName: string): Promise<PartyServiceLogView> {
  return unwrap(
    await api.POST('/api/party-service-logs/{id}/photos', {
      params: { path: { id: logId } },
      ...fileUpload(file, fileName),
    }),
  )
}

export async function listMyPartyServiceLogs(): Promise<PartyServiceLogView[]> {
  return unwrap(await api.GET('/api/party-service-logs/mine', {}))
}

// ---- verification (office) ----

export async function listPartyServiceLogs(query: PartyServiceLogQuery): Promise<PartyServiceLogPage> {
  return unwrap(await api.GET('/api/party-service-logs', { params: { query } }))
}

export async function verifyPartyServiceLog(id: number): Promise<PartyServiceLogView> {
  return unwrap(await api.POST('/api/party-service-logs/{id}/verify', { params: { path: { id } } }))
}

export async function rejectPartyServiceLog(id: number, reason: string): Promise<PartyServiceLogView> {
  return unwrap(await api.POST('/api/party-service-logs/{id}/reject', { params: { path: { id } }, body: { reason } }))
}

/** A photo's bytes, fetched with the bearer token (an <img src> could not send it), as an object URL to revoke. */
export async function partyServicePhotoUrl(logId: number, photoId: number): Promise<string> {
  const result = await api.GET('/api/party-service-logs/{id}/photos/{photoId}', {
    params: { path: { id: logId, photoId } },
    parseAs: 'blob',
  })
  return URL.createObjectURL(unwrap(result) as unknown as Blob)
}
