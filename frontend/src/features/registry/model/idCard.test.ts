import { describe, expect, it } from 'vitest'
import {
  ageOn,
  birthDateOf,
  checkCharacter,
  genderOf,
  idCardProblem,
  inspectIdCard,
  isValidIdCard,
  makeIdCard,
  maskIdCard,
} from '@/features/registry/model/idCard'

const NOW = new Date(2026, 10, 21)
// the standard's own example: 11010519491231002X (female, born 1949-12-31)
const SAMPLE = '11010519491231002X'

describe('GB 11643 check character', () => {
  it('matches the published example', () => {
    expect(checkCharacter(SAMPLE.slice(0, 17))).toBe('X')
    expect(isValidIdCard(SAMPLE, NOW)).toBe(true)
  })

  it('accepts a lower-case x and surrounding spaces', () => {
    expect(isValidIdCard(' 11010519491231002x ', NOW)).toBe(true)
  })

  it('refuses a wrong check digit', () => {
    expect(idCardProblem('110105194912310021', NOW)).toBe('CHECK_DIGIT')
  })

  it('computes numeric check digits too', () => {
    const id = makeIdCard('440305', '1990-02-28', 123)
    expect(id).toHaveLength(18)
    expect(isValidIdCard(id, NOW)).toBe(true)
  })
})

describe('idCardProblem', () => {
  it.each([
    ['', 'LENGTH'],
    ['11010519491231002', 'LENGTH'],
    ['11010519491231002XX', 'LENGTH'],
    ['1101051949123100AX', 'CHARACTERS'],
    ['11010519491231002Y', 'CHARACTERS'],
    ['110105194902300021', 'BIRTH_DATE'], // 30 February
    ['110105187901010021', 'BIRTH_DATE'], // before 1880
    ['110105203001010021', 'BIRTH_DATE'], // in the future
  ])('%s → %s', (id, problem) => {
    expect(idCardProblem(id, NOW)).toBe(problem)
  })
})

describe('derived facts', () => {
  it('birth date and gender', () => {
    expect(birthDateOf(SAMPLE)).toBe('1949-12-31')
    expect(genderOf(SAMPLE)).toBe('F') // 17th digit 2
    expect(genderOf(makeIdCard('110105', '1980-01-01', 11))).toBe('M')
    expect(birthDateOf('110105199902290011')).toBeUndefined() // 1999 is not a leap year
    expect(birthDateOf('110105200002290011')).toBe('2000-02-29')
  })

  it('age in full years', () => {
    expect(ageOn('1949-12-31', NOW)).toBe(76)
    expect(ageOn('2000-11-21', NOW)).toBe(26)
    expect(ageOn('2000-11-22', NOW)).toBe(25)
  })

  it('masks like the server', () => {
    expect(maskIdCard(SAMPLE)).toBe('110105********002X')
  })
})

describe('inspectIdCard (as you type)', () => {
  it('says nothing while the first digits are typed', () => {
    expect(inspectIdCard('1101', { now: NOW })).toEqual({ normalized: '1101', valid: false })
  })

  it('complains about a letter at once', () => {
    expect(inspectIdCard('1101a', { now: NOW }).problem).toBe('CHARACTERS')
  })

  it('shows the birth date once its eight digits are typed, and refuses an impossible one', () => {
    expect(inspectIdCard('11010519491231', { now: NOW })).toMatchObject({ birthDate: '1949-12-31' })
    expect(inspectIdCard('11010519491231', { now: NOW }).problem).toBeUndefined()
    expect(inspectIdCard('11010519491331', { now: NOW }).problem).toBe('BIRTH_DATE')
  })

  it('shows the gender with the 17th digit', () => {
    expect(inspectIdCard('11010519491231002', { now: NOW })).toMatchObject({ gender: 'F', valid: false })
  })

  it('reports a short number only when complete', () => {
    expect(inspectIdCard('11010519491231002', { now: NOW, complete: true }).problem).toBe('LENGTH')
  })

  it('validates the full number', () => {
    expect(inspectIdCard('11010519491231002x', { now: NOW })).toMatchObject({
      normalized: SAMPLE,
      valid: true,
      birthDate: '1949-12-31',
      gender: 'F',
    })
    expect(inspectIdCard('110105194912310021', { now: NOW }).problem).toBe('CHECK_DIGIT')
    expect(inspectIdCard(SAMPLE + '1', { now: NOW }).problem).toBe('LENGTH')
  })
})
