// Sign-up rules as the screens show them: which statuses hold a place, the tag of each status, the label of a post's
// free places. The server decides; these only present its answers.
import type { components } from '@/api/schema'

export type SignUpStatus = components['schemas']['ActivitySignUpStatus']
export type SignUpView = components['schemas']['ActivitySignUp']
export type OpenPost = components['schemas']['ActivityOpenPost']

/** Statuses that hold or wait for a place (the server's "live" sign-ups). */
export const LIVE_STATUSES: readonly SignUpStatus[] = ['PENDING', 'ACCEPTED', 'WAITLISTED']

export function isLive(status: SignUpStatus): boolean {
  return LIVE_STATUSES.includes(status)
}

/** The Vant/Element tag type of a status. */
export function statusTagType(status: SignUpStatus): 'success' | 'warning' | 'primary' | 'danger' | 'default' {
  switch (status) {
    case 'ACCEPTED':
      return 'success'
    case 'WAITLISTED':
      return 'warning'
    case 'PENDING':
      return 'primary'
    case 'REJECTED':
      return 'danger'
    default:
      return 'default'
  }
}

/** The Element Plus tag type of a sign-up status (office screens: Element Plus has no "default"). */
export function signUpElementTag(status: SignUpStatus): 'success' | 'warning' | 'primary' | 'danger' | 'info' {
  const type = statusTagType(status)
  return type === 'default' ? 'info' : type
}

/** What a post offers now: free places, or the length of its waitlist when full. */
export function postAvailability(post: OpenPost): { key: 'placesLeft' | 'waitlistOnly'; n: number } {
  return post.placesLeft > 0 ? { key: 'placesLeft', n: post.placesLeft } : { key: 'waitlistOnly', n: post.waitlisted }
}

/** The caller's live sign-up for a session, if any (one per session at most). */
export function liveInSession(mine: readonly SignUpView[], sessionId: number): SignUpView | undefined {
  return mine.find((s) => s.sessionId === sessionId && isLive(s.status))
}

/** Organiser steps a sign-up in this status allows (the server refuses the others with 409). */
export function organiserSteps(status: SignUpStatus): ('approve' | 'reject' | 'remove')[] {
  switch (status) {
    case 'PENDING':
      return ['approve', 'reject', 'remove']
    case 'WAITLISTED':
      return ['reject', 'remove']
    case 'ACCEPTED':
      return ['remove']
    default:
      return []
  }
}
