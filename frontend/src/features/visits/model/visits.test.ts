import { describe, expect, it } from 'vitest'
import { buildVisitCreate, countingNote, locationPart, type VisitForm } from './visits'

const form = (over: Partial<VisitForm> = {}): VisitForm => ({
  householdId: 7,
  mode: 'IN_HOME',
  outcome: 'COMPLETED',
  visitedAt: new Date('2026-12-05T02:00:00Z'),
  position: { kind: 'located', latitude: 31.2304161, longitude: 121.4737012, accuracyMeters: 12.6 },
  memberIds: [3, 3, 4],
  needs: ['MEDICAL'],
  answers: { 11: ' YES ', 12: '  ' },
  notes: '  ',
  findings: [
    { categoryId: 5, description: ' 楼道堆物 ', urgency: 'NORMAL' },
    { description: '', urgency: 'NORMAL' },
  ],
  clientRef: 'r-1',
  ...over,
})

describe('locationPart', () => {
  it('gives exactly one of a location and a reason', () => {
    expect(locationPart('IN_HOME', { kind: 'located', latitude: 1, longitude: 2, accuracyMeters: 20000 })).toEqual({
      location: { latitude: 1, longitude: 2, accuracyMeters: 10000 },
      locationMissingReason: undefined,
    })
    expect(locationPart('AT_DOOR', { kind: 'missing', reason: 'DENIED' })).toEqual({
      location: undefined,
      locationMissingReason: 'DENIED',
    })
  })
  it('sends no location for a phone or video visit, and NOT_ON_SITE only for them', () => {
    const located = { kind: 'located', latitude: 1, longitude: 2, accuracyMeters: 5 } as const
    expect(locationPart('PHONE', located)).toEqual({ location: undefined, locationMissingReason: 'NOT_ON_SITE' })
    expect(locationPart('VIDEO', located).locationMissingReason).toBe('NOT_ON_SITE')
    expect(locationPart('IN_HOME', { kind: 'missing', reason: 'NOT_ON_SITE' }).locationMissingReason).toBe(
      'UNAVAILABLE',
    )
  })
})

describe('buildVisitCreate', () => {
  it('builds the body the server takes from the form', () => {
    expect(buildVisitCreate(form())).toEqual({
      householdId: 7,
      mode: 'IN_HOME',
      outcome: 'COMPLETED',
      visitedAt: '2026-12-05T02:00:00.000Z',
      location: { latitude: 31.230416, longitude: 121.473701, accuracyMeters: 13 },
      locationMissingReason: undefined,
      memberIds: [3, 4],
      livingConditions: undefined,
      needs: ['MEDICAL'],
      answers: [{ questionId: 11, answer: 'YES' }],
      notes: undefined,
      findings: [{ categoryId: 5, description: '楼道堆物', urgency: 'NORMAL' }],
      clientRef: 'r-1',
    })
  })
})

describe('countingNote', () => {
  it('says attempts never count, and whether a completed visit counted', () => {
    expect(countingNote('NOBODY_HOME', 0)).toBe('attempt')
    expect(countingNote('REFUSED', 1)).toBe('attempt')
    expect(countingNote('COMPLETED', 2)).toBe('counted')
    expect(countingNote('COMPLETED', 0)).toBe('notCounted')
  })
})
