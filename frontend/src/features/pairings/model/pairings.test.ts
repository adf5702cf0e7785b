import { describe, expect, it } from 'vitest'
import {
  END_REASONS,
  cannotVisit,
  createBody,
  emptyForm,
  formFromSuggestion,
  helperKey,
  pairingQuery,
  parseHelperKey,
  validityText,
} from './pairings'

describe('helper keys', () => {
  it.each([
    [{ kind: 'STAFF' as const, staffId: 12, volunteerId: undefined }, 'S12'],
    [{ kind: 'VOLUNTEER' as const, staffId: 40, volunteerId: 7 }, 'V7'],
    [{ kind: 'VOLUNTEER' as const, staffId: undefined, volunteerId: 8 }, 'V8'],
  ])('%o is %s and back', (candidate, key) => {
    expect(helperKey(candidate)).toBe(key)
    expect(parseHelperKey(key)).toEqual({
      kind: candidate.kind,
      id: candidate.kind === 'STAFF' ? candidate.staffId : candidate.volunteerId,
    })
  })

  it.each(['', 'S', 'S0', 'X3', 'S12x', 'V-1', '12'])('refuses %s', (key) => {
    expect(parseHelperKey(key)).toBeUndefined()
  })
})

describe('the list query', () => {
  it('leaves empty filters out', () => {
    expect(pairingQuery({ helper: '', status: '', q: '  ' })).toEqual({
      areaId: undefined,
      typeCode: undefined,
      helperStaffId: undefined,
      helperVolunteerId: undefined,
      status: undefined,
      q: undefined,
    })
  })

  it('sends a staff helper and a volunteer helper by their own ids', () => {
    expect(pairingQuery({ area: 3, type: 'ELDERLY_ALONE', helper: 'S5', status: 'ENDED', q: ' 幸福里 ' })).toEqual({
      areaId: 3,
      typeCode: 'ELDERLY_ALONE',
      helperStaffId: 5,
      helperVolunteerId: undefined,
      status: 'ENDED',
      q: '幸福里',
    })
    expect(pairingQuery({ helper: 'V9', status: 'ACTIVE', q: '' }).helperVolunteerId).toBe(9)
  })
})

describe('the create form', () => {
  it('shapes the body: the helper by kind, empty optional fields left out', () => {
    const form = { ...emptyForm('2026-12-05'), householdId: 1, typeCode: 'UNEMPLOYED', helper: 'V4', notes: ' ' }
    expect(createBody(form)).toEqual({
      householdId: 1,
      residentId: undefined,
      typeCode: 'UNEMPLOYED',
      helper: { kind: 'VOLUNTEER', volunteerId: 4 },
      validFrom: '2026-12-05',
      validTo: undefined,
      notes: undefined,
    })
    expect(createBody({ ...form, helper: 'S2', validTo: '2027-01-01', notes: '每月' })).toMatchObject({
      helper: { kind: 'STAFF', staffId: 2 },
      validTo: '2027-01-01',
      notes: '每月',
    })
  })

  it('is prefilled from a suggestion, choosing only what is unambiguous', () => {
    const household = { id: 8, address: '幸福里1号', gridId: 2, gridName: 'A网格' }
    const one = { household, careCodes: ['ALONE'], typeCodes: ['ELDERLY_ALONE'], residents: [{ id: 5, name: '王' }] }
    expect(formFromSuggestion(one, '2026-12-05')).toMatchObject({
      householdId: 8,
      residentId: 5,
      typeCode: 'ELDERLY_ALONE',
      validFrom: '2026-12-05',
    })
    const two = { ...one, typeCodes: ['ELDERLY_ALONE', 'MINIMUM_LIVING'], residents: [] }
    expect(formFromSuggestion(two, '2026-12-05')).toMatchObject({ residentId: undefined, typeCode: undefined })
  })
})

describe('what the screens say', () => {
  it('never offers the reassignment reason', () => {
    expect(END_REASONS).not.toContain('REASSIGNED')
  })

  it('says a helper without an account cannot visit', () => {
    expect(cannotVisit({ helperStaffId: null })).toBe(true)
    expect(cannotVisit({ helperStaffId: 3 })).toBe(false)
  })

  it('shows the validity with or without an end', () => {
    expect(validityText({ validFrom: '2026-01-01', validTo: '2026-06-30' })).toBe('2026-01-01 ~ 2026-06-30')
    expect(validityText({ validFrom: '2026-01-01' })).toBe('2026-01-01 ~')
  })
})
