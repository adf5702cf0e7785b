import { describe, expect, it } from 'vitest'
import {
  CLAIM_STATUSES,
  WISH_STATUSES,
  createBody,
  emptyWishForm,
  isLive,
  mayConfirm,
  mayEdit,
  mayFulfil,
  statusTone,
  updateBody,
  wishQuery,
} from './wishes'

describe('micro-wish states', () => {
  it('edits and takes down only an unclaimed wish', () => {
    expect(WISH_STATUSES.filter(mayEdit)).toEqual(['PUBLISHED'])
  })

  it('keeps a claim live while active or fulfilled', () => {
    expect(CLAIM_STATUSES.filter(isLive)).toEqual(['ACTIVE', 'FULFILLED'])
  })

  it('fulfils an active claim and confirms a fulfilled one, nothing else', () => {
    expect(CLAIM_STATUSES.filter(mayFulfil)).toEqual(['ACTIVE'])
    expect(CLAIM_STATUSES.filter(mayConfirm)).toEqual(['FULFILLED'])
  })

  it('colours the states', () => {
    expect(WISH_STATUSES.map(statusTone)).toEqual(['primary', 'warning', 'warning', 'success', 'info'])
  })
})

describe('micro-wish forms and filters', () => {
  it('leaves empty filters out of the query', () => {
    expect(wishQuery({ status: '', q: '  ' })).toEqual({
      areaId: undefined,
      status: undefined,
      categoryCode: undefined,
      q: undefined,
    })
    expect(wishQuery({ area: 7, status: 'CLAIMED', category: 'STUDY', q: ' 书包 ' })).toEqual({
      areaId: 7,
      status: 'CLAIMED',
      categoryCode: 'STUDY',
      q: '书包',
    })
  })

  it('trims the form into the body, blank description and deadline left out', () => {
    const form = { ...emptyWishForm(), householdId: 3, categoryCode: 'STUDY', title: ' 书包 ', description: ' ' }
    expect(createBody(form)).toEqual({
      householdId: 3,
      residentId: undefined,
      categoryCode: 'STUDY',
      title: '书包',
      description: undefined,
      wishDeadline: undefined,
    })
    expect(updateBody({ ...form, residentId: 9, wishDeadline: '2026-12-31' })).toMatchObject({
      residentId: 9,
      wishDeadline: '2026-12-31',
    })
  })
})
