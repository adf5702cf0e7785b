import { describe, expect, it } from 'vitest'
import { emptyActionInput, isRequired, phoneActions } from './actions'

describe('phone actions', () => {
  it('offers the allowed actions made for a phone and says when others are left to the office', () => {
    expect(phoneActions(['ACCEPT', 'ASSIGN', 'RESOLVE', 'COMMENT', 'ADD_PHOTO'])).toEqual({
      primary: ['RESOLVE'],
      secondary: ['COMMENT', 'ADD_PHOTO'],
      officeOnly: true,
    })
    expect(phoneActions(['CLOSE', 'COMMENT'])).toEqual({
      primary: ['CLOSE'],
      secondary: ['COMMENT'],
      officeOnly: false,
    })
    expect(phoneActions([])).toEqual({ primary: [], secondary: [], officeOnly: false })
  })
})

describe('action inputs', () => {
  it('start empty with every key, so that a form reset clears a previous choice', () => {
    const input = { ...emptyActionInput(), handlerId: 7, satisfaction: 'SATISFIED' as const }
    expect(Object.assign(input, emptyActionInput())).toMatchObject({
      handlerId: undefined,
      satisfaction: undefined,
      days: 3,
      approve: true,
    })
  })

  it('requires a reason to reject an extension, not to approve it', () => {
    expect(isRequired('DECIDE_EXTENSION', 'comment', { approve: false })).toBe(true)
    expect(isRequired('DECIDE_EXTENSION', 'comment', { approve: true })).toBe(false)
    expect(isRequired('RESOLVE', 'comment', { approve: true })).toBe(true)
  })
})
