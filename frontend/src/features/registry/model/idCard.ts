// Resident ID card numbers (GB 11643-1999): 6-digit division code, 8-digit birth date (YYYYMMDD), 3-digit sequence
// whose parity gives the sex (odd: male), and an ISO 7064 MOD 11-2 check character ('X' stands for 10).
// The same rules as the backend's IdCards, so that a form can tell the user what is wrong while they type.

import { isoDate } from '@/shared/time/dates'

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const
const CHECK = '10X98765432'
export const ID_CARD_LENGTH = 18
/** The earliest birth date the backend accepts. */
const EARLIEST_BIRTH = '1880-01-01'

/** Why a number is not valid; the same names as the backend's IdCards.Problem. */
export type IdCardProblem = 'LENGTH' | 'CHARACTERS' | 'BIRTH_DATE' | 'CHECK_DIGIT'
export type Gender = 'M' | 'F'

export function normalizeIdCard(raw: string): string {
  return raw.trim().toUpperCase()
}

/** The check character for the first 17 digits of a number. */
export function checkCharacter(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!
  return CHECK[sum % 11]!
}

/** The ISO date (YYYY-MM-DD) encoded at positions 7-14, or undefined when it is not a real calendar date. */
export function birthDateOf(id: string): string | undefined {
  const digits = normalizeIdCard(id).slice(6, 14)
  if (!/^\d{8}$/.test(digits)) return undefined
  const year = Number(digits.slice(0, 4))
  const month = Number(digits.slice(4, 6))
  const day = Number(digits.slice(6, 8))
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined
  return `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}`
}

/** 'M' when the 17th digit is odd, 'F' when even; undefined when there is no 17th digit yet. */
export function genderOf(id: string): Gender | undefined {
  const digit = normalizeIdCard(id)[16]
  if (digit === undefined || !/\d/.test(digit)) return undefined
  return Number(digit) % 2 === 1 ? 'M' : 'F'
}

/** What is wrong with a complete number, or undefined when it is valid. */
export function idCardProblem(raw: string, now = new Date()): IdCardProblem | undefined {
  const id = normalizeIdCard(raw)
  if (id.length !== ID_CARD_LENGTH) return 'LENGTH'
  if (!/^\d{17}[\dX]$/.test(id)) return 'CHARACTERS'
  const birth = birthDateOf(id)
  if (!birth || birth > isoDate(now) || birth < EARLIEST_BIRTH) return 'BIRTH_DATE'
  return id[17] === checkCharacter(id) ? undefined : 'CHECK_DIGIT'
}

export function isValidIdCard(raw: string, now = new Date()): boolean {
  return idCardProblem(raw, now) === undefined
}

/**
 * What can be said about a number while it is being typed: a problem as soon as one is certain (a bad character,
 * an impossible birth date once its eight digits are there, too many characters), 'LENGTH' only once the number
 * is complete enough to judge (`complete`, e.g. on blur), and the derived birth date and gender when known.
 */
export interface IdCardState {
  normalized: string
  problem?: IdCardProblem
  valid: boolean
  birthDate?: string
  gender?: Gender
}

export function inspectIdCard(raw: string, options: { complete?: boolean; now?: Date } = {}): IdCardState {
  const now = options.now ?? new Date()
  const id = normalizeIdCard(raw)
  const state: IdCardState = { normalized: id, valid: false }
  if (id === '') return state
  if (!/^\d{0,17}$/.test(id.slice(0, 17)) || (id.length === 18 && !/[\dX]/.test(id[17]!))) {
    state.problem = 'CHARACTERS'
    return state
  }
  if (id.length > ID_CARD_LENGTH) {
    state.problem = 'LENGTH'
    return state
  }
  if (id.length >= 14) {
    const birth = birthDateOf(id)
    if (!birth || birth > isoDate(now) || birth < EARLIEST_BIRTH) {
      state.problem = 'BIRTH_DATE'
      return state
    }
    state.birthDate = birth
  }
  if (id.length >= 17) state.gender = genderOf(id)
  if (id.length < ID_CARD_LENGTH) {
    if (options.complete) state.problem = 'LENGTH'
    return state
  }
  state.problem = idCardProblem(id, now)
  state.valid = state.problem === undefined
  return state
}

/** Full years between a birth date (YYYY-MM-DD) and `now`. */
export function ageOn(birthDate: string, now = new Date()): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(birthDate)
  if (!m) return undefined
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  let age = now.getFullYear() - y
  if (now.getMonth() + 1 < mo || (now.getMonth() + 1 === mo && now.getDate() < d)) age--
  return age
}

/** Division code and last four shown, e.g. 110101********1234 (what the API returns for masked numbers). */
export function maskIdCard(raw: string): string {
  const id = normalizeIdCard(raw)
  return id.length === ID_CARD_LENGTH ? `${id.slice(0, 6)}********${id.slice(14)}` : id
}

/** A valid number for a birth date and sequence (tests, demo data): the check character computed. */
export function makeIdCard(division: string, birthDate: string, sequence: number): string {
  const first17 = `${division}${birthDate.replaceAll('-', '')}${String(sequence).padStart(3, '0')}`
  return first17 + checkCharacter(first17)
}
