import { describe, expect, it } from 'vitest'
import {
  emptyForm,
  helperKey,
  helperRef,
  movedTotal,
  requestOf,
  sameHelper,
  samePlan,
  type HelperOption,
} from './reassign'

const wang: HelperOption = { kind: 'STAFF', id: 7, name: '王网格' }
const li: HelperOption = { kind: 'STAFF', id: 8, name: '李网格' }
const volunteerSeven: HelperOption = { kind: 'VOLUNTEER', id: 7, name: '张志愿' }

describe('bulk reassignment form', () => {
  it('names a helper by kind and id, so a volunteer and a staff member of one id differ', () => {
    expect(helperKey(wang)).toBe('STAFF:7')
    expect(sameHelper(wang, volunteerSeven)).toBe(false)
    expect(sameHelper(wang, { ...wang, name: 'renamed' })).toBe(true)
    expect(helperRef(wang)).toEqual({ kind: 'STAFF', staffId: 7 })
    expect(helperRef(volunteerSeven)).toEqual({ kind: 'VOLUNTEER', volunteerId: 7 })
  })

  it('makes a request only of a complete form with two different helpers and a reason', () => {
    const form = { ...emptyForm(), from: wang, to: li, reason: '  调岗 ' }
    expect(requestOf(form)).toEqual({
      from: { kind: 'STAFF', staffId: 7 },
      to: { kind: 'STAFF', staffId: 8 },
      areaId: null,
      includeGridObligations: false,
      reason: '调岗',
    })
    expect(requestOf({ ...form, reason: ' ' })).toBeNull()
    expect(requestOf({ ...form, to: wang })).toBeNull()
    expect(requestOf({ ...form, from: undefined })).toBeNull()
  })

  it('asks for a fresh preview when the form changed after it', () => {
    const form = { ...emptyForm(), from: wang, to: li, reason: '调岗', areaId: 3 }
    const previewed = requestOf(form)
    expect(samePlan(previewed, requestOf({ ...form }))).toBe(true)
    expect(samePlan(previewed, requestOf({ ...form, includeGridObligations: true }))).toBe(false)
    expect(samePlan(previewed, requestOf({ ...form, areaId: undefined }))).toBe(false)
    expect(samePlan(null, previewed)).toBe(false)
  })

  it('adds up what moved', () => {
    expect(movedTotal({ pairingsMoved: 2, obligationsMoved: 3, gridObligationsMoved: 1 })).toBe(6)
  })
})
