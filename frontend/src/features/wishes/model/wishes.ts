// The micro-wish feature's rules that need no screen: the states, what may be done to a wish or a claim in each,
// the list's filters as an API query, and the entry form as the API's body.
import type {
  MicroWishClaimStatus,
  MicroWishClaimantKind,
  MicroWishCreate,
  MicroWishStatus,
  MicroWishUpdate,
} from '../api'

export const WISH_STATUSES = [
  'PUBLISHED',
  'CLAIMED',
  'FULFILLED',
  'REALISED',
  'TAKEN_DOWN',
] as const satisfies readonly MicroWishStatus[]
export const CLAIM_STATUSES = [
  'ACTIVE',
  'FULFILLED',
  'REALISED',
  'CANCELLED',
] as const satisfies readonly MicroWishClaimStatus[]
export const CLAIMANT_KINDS = ['PARTY_MEMBER', 'VOLUNTEER', 'UNIT'] as const satisfies readonly MicroWishClaimantKind[]

/** Edited and taken down only while unclaimed: a claimant may already be buying the schoolbag. */
export function mayEdit(status: MicroWishStatus): boolean {
  return status === 'PUBLISHED'
}

/** A claim is live while ACTIVE or FULFILLED: it can be cancelled (the wish reopens). */
export function isLive(status: MicroWishClaimStatus): boolean {
  return status === 'ACTIVE' || status === 'FULFILLED'
}

/** Staff confirm a claim its claimant reported fulfilled. */
export function mayConfirm(status: MicroWishClaimStatus): boolean {
  return status === 'FULFILLED'
}

/** The claimant reports an ACTIVE claim fulfilled (with a photo and a note). */
export function mayFulfil(status: MicroWishClaimStatus): boolean {
  return status === 'ACTIVE'
}

/** Element Plus / Vant tag colours of a wish's state. */
export function statusTone(status: MicroWishStatus): 'primary' | 'warning' | 'success' | 'info' | 'danger' {
  switch (status) {
    case 'PUBLISHED':
      return 'primary'
    case 'CLAIMED':
    case 'FULFILLED':
      return 'warning'
    case 'REALISED':
      return 'success'
    default:
      return 'info'
  }
}

export interface WishFilters {
  area?: number
  status: MicroWishStatus | ''
  category?: string
  q: string
}

/** The list's filters (as the address holds them) as the API's query: empty ones left out. */
export function wishQuery(f: WishFilters) {
  return {
    areaId: f.area,
    status: f.status || undefined,
    categoryCode: f.category || undefined,
    q: f.q.trim() || undefined,
  }
}

/** What the entry dialog holds. */
export interface WishForm {
  householdId?: number
  residentId?: number
  categoryCode?: string
  title: string
  description: string
  wishDeadline?: string
}

export function emptyWishForm(): WishForm {
  return { title: '', description: '' }
}

export function createBody(f: WishForm): MicroWishCreate {
  return { householdId: f.householdId!, ...updateBody(f) }
}

export function updateBody(f: WishForm): MicroWishUpdate {
  return {
    residentId: f.residentId,
    categoryCode: f.categoryCode!,
    title: f.title.trim(),
    description: f.description.trim() || undefined,
    wishDeadline: f.wishDeadline || undefined,
  }
}
