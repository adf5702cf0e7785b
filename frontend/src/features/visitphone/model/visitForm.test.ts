import { describe, expect, it } from 'vitest'
import {
  byUrgency,
  checkDraft,
  dueLabel,
  emptyDraft,
  isAttempt,
  locationFailure,
  locationOf,
  visitBody,
  visitFieldOf,
  visitedAt,
  visitOutbox,
} from './visitForm'

const NOW = new Date('2026-12-05T06:30:00Z')
const FIX = { kind: 'fix' as const, location: { latitude: 39.9, longitude: 116.4, accuracyMeters: 12 } }

describe('the visit form', () => {
  it.each([
    ['COMPLETED', false],
    ['NOBODY_HOME', true],
    ['REFUSED', true],
    ['WRONG_ADDRESS', true],
  ] as const)('%s is an attempt: %s', (outcome, attempt) => {
    expect(isAttempt(outcome)).toBe(attempt)
  })

  it.each([
    [1, 'DENIED'],
    [2, 'UNAVAILABLE'],
    [3, 'TIMEOUT'],
    [99, 'UNAVAILABLE'],
  ] as const)('geolocation error %s is saved as %s', (code, reason) => {
    expect(locationFailure(code)).toBe(reason)
  })

  it('rounds the position and keeps the accuracy in whole metres', () => {
    expect(locationOf({ latitude: 39.123456789, longitude: 116.987654321, accuracy: 0.4 })).toEqual({
      latitude: 39.123457,
      longitude: 116.987654,
      accuracyMeters: 1,
    })
  })

  it('sends a completed visit with its observations and location', () => {
    const draft = {
      ...emptyDraft(7, 'ref-1'),
      memberIds: [3, 4],
      livingConditions: 'FAIR' as const,
      needs: ['MEDICAL'],
      answers: { 11: ' 良好 ', 12: '  ' },
      notes: ' 老人身体尚可 ',
      findings: [{ key: 1, categoryId: 5, description: ' 楼道灯坏了 ', urgency: 'NORMAL' as const }],
    }
    expect(visitBody(draft, FIX, NOW)).toEqual({
      householdId: 7,
      mode: 'IN_HOME',
      outcome: 'COMPLETED',
      visitedAt: '2026-12-05T06:30:00.000Z',
      location: FIX.location,
      memberIds: [3, 4],
      livingConditions: 'FAIR',
      needs: ['MEDICAL'],
      answers: [{ questionId: 11, answer: '良好' }],
      notes: '老人身体尚可',
      findings: [{ categoryId: 5, description: '楼道灯坏了', urgency: 'NORMAL' }],
      clientRef: 'ref-1',
    })
  })

  it('sends no observations for an attempt, but keeps its findings', () => {
    const draft = {
      ...emptyDraft(7, 'ref-2'),
      outcome: 'NOBODY_HOME' as const,
      memberIds: [3],
      livingConditions: 'GOOD' as const,
      needs: ['MEDICAL'],
      answers: { 11: '良好' },
      findings: [{ key: 1, categoryId: 5, description: '门口堆放杂物', urgency: 'LOW' as const }],
    }
    const body = visitBody(draft, FIX, NOW)
    expect(body.memberIds).toEqual([])
    expect(body.livingConditions).toBeUndefined()
    expect(body.needs).toEqual([])
    expect(body.answers).toEqual([])
    expect(body.findings).toHaveLength(1)
  })

  it.each(['PHONE', 'VIDEO'] as const)('a %s visit is saved not on site, whatever the phone knows', (mode) => {
    const body = visitBody({ ...emptyDraft(7, 'r'), mode }, FIX, NOW)
    expect(body.location).toBeUndefined()
    expect(body.locationMissingReason).toBe('NOT_ON_SITE')
  })

  it('saves without location and the reason when the phone could not tell', () => {
    const body = visitBody(emptyDraft(7, 'r'), { kind: 'missing', reason: 'DENIED' }, NOW)
    expect(body.location).toBeUndefined()
    expect(body.locationMissingReason).toBe('DENIED')
    expect(visitBody(emptyDraft(7, 'r'), null, NOW).locationMissingReason).toBe('UNAVAILABLE')
  })

  it('takes the time of saving, or the time moved earlier today', () => {
    expect(visitedAt(NOW, null)).toBe(NOW.toISOString())
    const moved = new Date(visitedAt(NOW, '00:05'))
    expect(moved.getHours()).toBe(0)
    expect(moved.getMinutes()).toBe(5)
    expect(moved.getDate()).toBe(NOW.getDate())
  })

  it('refuses a time later than now and findings without category or description', () => {
    const morning = new Date(2026, 11, 5, 10, 0)
    const draft = {
      ...emptyDraft(7, 'r'),
      time: '23:59',
      findings: [{ key: 1, categoryId: null, description: ' ', urgency: 'NORMAL' as const }],
    }
    expect(checkDraft(draft, morning)).toEqual({
      time: 'timeFuture',
      'finding.0.category': 'findingCategoryRequired',
      'finding.0.description': 'findingDescriptionRequired',
    })
    expect(checkDraft({ ...emptyDraft(7, 'r'), time: '09:00' }, morning)).toEqual({})
  })

  it.each([
    ['create.body.findings[1].description', 'finding.1.description'],
    ['create.body.findings[0].categoryId', 'finding.0.category'],
    ['create.body.visitedAt', 'time'],
    ['create.body.memberIds[0]', 'members'],
    ['create.body.location.accuracyMeters', 'location'],
    ['create.body.locationMissingReason', 'location'],
    ['create.body.answers[0].answer', 'answers'],
    ['create.body.householdId', undefined],
  ])('puts a complaint about %s on %s', (path, field) => {
    expect(visitFieldOf(path)).toBe(field)
  })
})

describe('the visit in the outbox', () => {
  it('queues POST /api/visits with the form body, its clientRef, the household as label and the photos', () => {
    const body = visitBody({ ...emptyDraft(7, 'ref-9'), notes: '门口交谈' }, FIX, NOW)
    const photo = { blob: new Blob(['x'], { type: 'image/jpeg' }), fileName: 'door.jpg' }
    expect(visitOutbox('wangwu', body, '走访 3号楼1单元202', [photo])).toEqual({
      owner: 'wangwu',
      kind: 'visit.create',
      path: '/api/visits',
      body,
      label: '走访 3号楼1单元202',
      link: '/m/visits/households/7',
      photos: [photo],
      photoField: 'photoUploadIds',
    })
    expect(visitOutbox('wangwu', body, 'x', []).body).toMatchObject({ clientRef: 'ref-9', notes: '门口交谈' })
  })

  it('keeps its own copy of the body: the form may change after queueing', () => {
    const body = visitBody(emptyDraft(7, 'ref-9'), FIX, NOW)
    const queued = visitOutbox('wangwu', body, 'x', [])
    body.notes = 'changed'
    expect(queued.body.notes).toBeNull()
  })
})

describe('the day list', () => {
  it.each([
    ['OVERDUE', '2026-12-01', '2026-12-05', { kind: 'overdue', days: 4 }],
    ['DUE', '2026-12-05', '2026-12-05', { kind: 'due', days: 0 }],
    ['DUE', '2026-12-31', '2026-12-05', { kind: 'due', days: 26 }],
  ] as const)('%s due %s on %s', (state, dueOn, today, label) => {
    expect(dueLabel(state, dueOn, today)).toEqual(label)
  })

  it('lists the nearest due first', () => {
    const items = [
      { id: 3, dueOn: '2026-12-31' },
      { id: 2, dueOn: '2026-11-30' },
      { id: 1, dueOn: '2026-12-31' },
    ]
    expect(byUrgency(items).map((i) => i.id)).toEqual([2, 1, 3])
  })
})
