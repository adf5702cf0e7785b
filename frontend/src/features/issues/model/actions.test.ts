import { describe, expect, it } from 'vitest'
import { emptyActionInput, fieldsOf, isRequired, phoneActions } from './actions'

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
    const input = {
      ...emptyActionInput(),
      handlerId: 7,
      handlerKind: 'team' as const,
      handlerTeamId: 3,
      satisfaction: 'SATISFIED' as const,
    }
    expect(Object.assign(input, emptyActionInput())).toMatchObject({
      handlerId: undefined,
      handlerTeamId: undefined,
      handlerKind: 'staff',
      satisfaction: undefined,
      days: 3,
      approve: true,
    })
  })

  it('requires a reason to reject an extension, not to approve it', () => {
    expect(isRequired('DECIDE_EXTENSION', 'comment', { approve: false, handlerKind: 'staff' })).toBe(true)
    expect(isRequired('DECIDE_EXTENSION', 'comment', { approve: true, handlerKind: 'staff' })).toBe(false)
    expect(isRequired('RESOLVE', 'comment', { approve: true, handlerKind: 'staff' })).toBe(true)
  })

  it('assigns to a staff member or, instead, to a volunteer team: only the chosen one is asked for', () => {
    const staff = { approve: true, handlerKind: 'staff' as const }
    const team = { approve: true, handlerKind: 'team' as const }
    expect(fieldsOf('ASSIGN', staff)).toEqual(['handlerId', 'comment'])
    expect(fieldsOf('ASSIGN', team)).toEqual(['handlerTeamId', 'comment'])
    expect(isRequired('ASSIGN', 'handlerId', staff)).toBe(true)
    expect(isRequired('ASSIGN', 'handlerTeamId', staff)).toBe(false)
    expect(isRequired('ASSIGN', 'handlerTeamId', team)).toBe(true)
    expect(isRequired('ASSIGN', 'handlerId', team)).toBe(false)
    const unit = { approve: true, handlerKind: 'unit' as const }
    expect(fieldsOf('ASSIGN', unit)).toEqual(['handlerUnitId', 'comment'])
    expect(isRequired('ASSIGN', 'handlerUnitId', unit)).toBe(true)
    expect(isRequired('ASSIGN', 'handlerUnitId', team)).toBe(false)
    // other actions keep their fields whatever the kind
    expect(fieldsOf('TRANSFER', team)).toEqual(['toStaffId', 'reason'])
  })
})
