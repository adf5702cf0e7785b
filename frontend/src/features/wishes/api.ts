// Every call to the micro-wish endpoints (/api/micro-wishes…, /api/micro-wish-claims…).
import type { components, paths } from '@/api/schema'
import { api } from '@/shared/api/client'
import { unwrap } from '@/shared/api/problem'

type Schemas = components['schemas']
export type MicroWishView = Schemas['MicroWishView']
export type MicroWishSummary = Schemas['MicroWishSummary']
export type MicroWishPage = Schemas['PageResultMicroWishSummary']
export type MicroWishPublicView = Schemas['MicroWishPublicView']
export type MicroWishPublicPage = Schemas['PageResultMicroWishPublicView']
export type MicroWishClaimView = Schemas['MicroWishClaimView']
export type MicroWishClaimPage = Schemas['PageResultMicroWishClaimView']
export type MicroWishClaimSummary = Schemas['MicroWishClaimSummary']
export type MicroWishCreate = Schemas['MicroWishCreate']
export type MicroWishUpdate = Schemas['MicroWishUpdate']
export type MicroWishStatus = Schemas['MicroWishStatus']
export type MicroWishClaimStatus = Schemas['MicroWishClaimStatus']
export type MicroWishClaimantKind = Schemas['MicroWishClaimantKind']
export type MicroWishRanking = Schemas['MicroWishRanking']

export type MicroWishQuery = NonNullable<paths['/api/micro-wishes']['get']['parameters']['query']>
export type MicroWishRankingQuery = NonNullable<paths['/api/micro-wishes/ranking']['get']['parameters']['query']>

export async function listMicroWishes(query: MicroWishQuery): Promise<MicroWishPage> {
  return unwrap(await api.GET('/api/micro-wishes', { params: { query } }))
}

export async function getMicroWish(id: number): Promise<MicroWishView> {
  return unwrap(await api.GET('/api/micro-wishes/{id}', { params: { path: { id } } }))
}

export async function createMicroWish(body: MicroWishCreate): Promise<MicroWishView> {
  return unwrap(await api.POST('/api/micro-wishes', { body }))
}

/** Edits the wish as last read (its version as If-Match): 412 when someone changed it meanwhile. */
export async function updateMicroWish(
  wish: Pick<MicroWishView, 'id' | 'version'>,
  body: MicroWishUpdate,
): Promise<MicroWishView> {
  return unwrap(
    await api.PUT('/api/micro-wishes/{id}', {
      params: { path: { id: wish.id }, header: { 'If-Match': `"${wish.version}"` } },
      body,
    }),
  )
}

export async function takeDownMicroWish(wish: Pick<MicroWishView, 'id' | 'version'>, reason: string) {
  return unwrap(
    await api.POST('/api/micro-wishes/{id}/take-down', {
      params: { path: { id: wish.id }, header: { 'If-Match': `"${wish.version}"` } },
      body: { reason },
    }),
  )
}

export async function getMicroWishRanking(query: MicroWishRankingQuery): Promise<MicroWishRanking> {
  return unwrap(await api.GET('/api/micro-wishes/ranking', { params: { query } }))
}

/** The published wishes the calling volunteer or liaison may claim (beneficiary masked). */
export async function listOpenMicroWishes(page: number, size: number): Promise<MicroWishPublicPage> {
  return unwrap(await api.GET('/api/micro-wishes/open', { params: { query: { page, size } } }))
}

export async function claimMicroWish(id: number): Promise<MicroWishClaimView> {
  return unwrap(await api.POST('/api/micro-wishes/{id}/claims', { params: { path: { id } } }))
}

export async function listMyMicroWishClaims(page: number, size: number): Promise<MicroWishClaimPage> {
  return unwrap(await api.GET('/api/micro-wish-claims/mine', { params: { query: { page, size } } }))
}

/** POST /api/micro-wish-claims/{id}/fulfil (multipart: `file` and `note`). */
export async function fulfilMicroWishClaim(id: number, file: Blob, name: string, note: string) {
  const form = new FormData()
  form.append('file', file, name)
  form.append('note', note)
  return unwrap(
    await api.POST('/api/micro-wish-claims/{id}/fulfil', {
      params: { path: { id } },
      body: { file: file as unknown as string, note },
      bodySerializer: () => form,
    }),
  )
}

export async function confirmMicroWishClaim(id: number): Promise<MicroWishView> {
  return unwrap(await api.POST('/api/micro-wish-claims/{id}/confirm', { params: { path: { id } } }))
}

export async function cancelMicroWishClaim(id: number, reason: string): Promise<MicroWishClaimView> {
  return unwrap(await api.POST('/api/micro-wish-claims/{id}/cancel', { params: { path: { id } }, body: { reason } }))
}

/** The fulfilment photo, fetched with the bearer token, as an object URL to revoke. */
export async function microWishClaimPhotoUrl(claimId: number): Promise<string> {
  const result = await api.GET('/api/micro-wish-claims/{id}/photo', {
    params: { path: { id: claimId } },
    parseAs: 'blob',
  })
  return URL.createObjectURL(unwrap(result) as unknown as Blob)
}
