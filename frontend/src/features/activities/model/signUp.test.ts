import { describe, expect, it } from 'vitest'
import { isLive, liveInSession, organiserSteps, postAvailability, statusTagType, type SignUpView } from './signUp'

const signUp = (sessionId: number, status: SignUpView['status']) => ({ sessionId, status }) as SignUpView

describe('sign-up model', () => {
  it('counts pending, accepted and waitlisted as live', () => {
    expect(['PENDING', 'ACCEPTED', 'WAITLISTED'].every((s) => isLive(s as SignUpView['status']))).toBe(true)
    expect(['REJECTED', 'WITHDRAWN', 'CANCELLED'].some((s) => isLive(s as SignUpView['status']))).toBe(false)
  })

  it('shows free places, or the waitlist once the post is full', () => {
    const post = { id: 1, name: '岗', capacity: 5, acceptedCount: 3, placesLeft: 2, waitlisted: 0 }
    expect(postAvailability(post)).toEqual({ key: 'placesLeft', n: 2 })
    expect(postAvailability({ ...post, acceptedCount: 5, placesLeft: 0, waitlisted: 4 })).toEqual({
      key: 'waitlistOnly',
      n: 4,
    })
  })

  it('finds the live sign-up of a session, not a withdrawn one', () => {
    const mine = [signUp(7, 'WITHDRAWN'), signUp(7, 'WAITLISTED'), signUp(8, 'ACCEPTED')]
    expect(liveInSession(mine, 7)?.status).toBe('WAITLISTED')
    expect(liveInSession([signUp(7, 'WITHDRAWN')], 7)).toBeUndefined()
  })

  it('offers organisers the steps the server allows from each status', () => {
    expect(organiserSteps('PENDING')).toEqual(['approve', 'reject', 'remove'])
    expect(organiserSteps('WAITLISTED')).toEqual(['reject', 'remove'])
    expect(organiserSteps('ACCEPTED')).toEqual(['remove'])
    expect(organiserSteps('WITHDRAWN')).toEqual([])
  })

  it('tags statuses', () => {
    expect(statusTagType('ACCEPTED')).toBe('success')
    expect(statusTagType('WAITLISTED')).toBe('warning')
    expect(statusTagType('CANCELLED')).toBe('default')
  })
})
