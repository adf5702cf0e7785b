import { describe, expect, it } from 'vitest'
import {
  REPORT_STATUSES,
  emptyStaffForm,
  isLive,
  ownFormOf,
  ownFormYear,
  ownReportBody,
  reportQuery,
  reportYears,
  staffReportBody,
  stepsOf,
} from './partyReports'

describe('a report’s steps', () => {
  it('follows the server’s lifecycle for a report of this year', () => {
    const steps = Object.fromEntries(REPORT_STATUSES.map((s) => [s, stepsOf({ status: s, year: 2026 }, 2026)]))
    expect(steps).toEqual({
      SUBMITTED: ['confirm', 'reject', 'withdraw'],
      CONFIRMED: ['withdraw', 'transfer'],
      ACTIVE: ['withdraw', 'transfer'],
      REJECTED: [],
      TRANSFERRED_OUT: [],
      WITHDRAWN: [],
      EXPIRED: [],
    })
  })

  it('offers nothing on a live report of a past year (the clock expires it) and no transfer of a unit’s', () => {
    expect(stepsOf({ status: 'ACTIVE', year: 2025 }, 2026)).toEqual([])
    expect(stepsOf({ status: 'SUBMITTED', year: 2027 }, 2026)).toEqual(['confirm', 'reject', 'withdraw'])
    expect(stepsOf({ status: 'ACTIVE', year: 2026 }, 2026, 'unit')).toEqual(['withdraw'])
  })

  it('counts submitted, confirmed and active as live', () => {
    expect(REPORT_STATUSES.filter(isLive)).toEqual(['SUBMITTED', 'CONFIRMED', 'ACTIVE'])
  })
})

describe('the list’s query', () => {
  it('leaves out empty filters and trims the search', () => {
    expect(reportQuery({ status: '', employerType: '', q: '  ' })).toEqual({
      year: undefined,
      areaId: undefined,
      status: undefined,
      employerType: undefined,
      q: undefined,
    })
    expect(reportQuery({ year: 2026, area: 7, status: 'ACTIVE', employerType: 'OTHER', q: ' 王 ' })).toEqual({
      year: 2026,
      areaId: 7,
      status: 'ACTIVE',
      employerType: 'OTHER',
      q: '王',
    })
  })

  it('offers this year and the next for a new report', () => {
    expect(reportYears(2026)).toEqual([2026, 2027])
  })
})

describe('the staff form', () => {
  const base = {
    ...emptyStaffForm(2026),
    communityId: 3,
    employer: ' 区财政局 ',
    employerType: 'GOVERNMENT_ORGAN' as const,
  }

  it('sends the volunteer, not the person', () => {
    const body = staffReportBody({ ...base, volunteerId: 9, name: '李静' })
    expect(body.volunteerId).toBe(9)
    expect(body.person).toBeUndefined()
    expect(body.employer).toBe('区财政局')
    expect(body.employerPartyOrg).toBeUndefined()
  })

  it('sends a new person, not a volunteer, with the ID number upper-cased', () => {
    const body = staffReportBody({
      ...base,
      who: 'person',
      volunteerId: 9,
      name: ' 李静 ',
      idCard: '11010519900307451x',
    })
    expect(body.volunteerId).toBeUndefined()
    expect(body.person).toEqual({ name: '李静', idCard: '11010519900307451X', phone: undefined })
  })
})

describe('the member’s own form', () => {
  it('is for this year until it is reported, then for the next', () => {
    expect(ownFormYear([], 2026)).toBe(2026)
    expect(ownFormYear([{ year: 2026, status: 'REJECTED' }], 2026)).toBe(2026)
    expect(ownFormYear([{ year: 2026, status: 'ACTIVE' }], 2026)).toBe(2027)
    expect(
      ownFormYear(
        [
          { year: 2026, status: 'ACTIVE' },
          { year: 2027, status: 'SUBMITTED' },
        ],
        2026,
      ),
    ).toBeUndefined()
  })

  it('takes the server’s prefill and sends it back trimmed', () => {
    const form = ownFormOf({
      year: 2027,
      communityId: 4,
      employer: '区财政局',
      employerPartyOrg: null,
      employerType: 'GOVERNMENT_ORGAN',
      unitId: null,
      skills: '法律',
      previousId: 1,
      existingId: null,
      communities: [],
      units: [],
    })
    expect(form).toEqual({
      communityId: 4,
      year: 2027,
      employer: '区财政局',
      employerPartyOrg: '',
      employerType: 'GOVERNMENT_ORGAN',
      unitId: undefined,
      skills: '法律',
    })
    expect(ownReportBody({ ...form, skills: ' ' })).toEqual({
      communityId: 4,
      year: 2027,
      employer: '区财政局',
      employerPartyOrg: undefined,
      employerType: 'GOVERNMENT_ORGAN',
      unitId: undefined,
      skills: undefined,
    })
  })
})
