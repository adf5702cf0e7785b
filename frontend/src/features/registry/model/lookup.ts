// The phone's lookup: one search box for households and residents. What the user typed decides which of the list
// endpoints' parameters it goes to: an ID card number or a phone number is an exact match on residents (households
// have no such filter), anything else is an address for households and a name for residents. The matching itself
// is the server's (`q` on both lists).
import { normalizePhone, PHONE_PATTERN } from '@/shared/phone'
import { ID_CARD_LENGTH, normalizeIdCard } from './idCard'

export type LookupPlan =
  | { kind: 'EMPTY' }
  | { kind: 'ID_CARD'; idCard: string }
  | { kind: 'PHONE'; phone: string }
  | { kind: 'TEXT'; q: string }

const ID_CARD_SHAPE = new RegExp(`^\\d{${ID_CARD_LENGTH - 1}}[\\dX]$`)

export function lookupPlan(raw: string): LookupPlan {
  const text = raw.trim()
  if (!text) return { kind: 'EMPTY' }
  const compact = text.replace(/\s/g, '')
  const idCard = normalizeIdCard(compact)
  if (ID_CARD_SHAPE.test(idCard)) return { kind: 'ID_CARD', idCard }
  const phone = normalizePhone(compact)
  if (PHONE_PATTERN.test(phone)) return { kind: 'PHONE', phone }
  return { kind: 'TEXT', q: text }
}

/** Whether a plan looks for households at all (only an address or a name does). */
export const searchesHouseholds = (plan: LookupPlan): plan is { kind: 'TEXT'; q: string } => plan.kind === 'TEXT'

/**
 * The `tel:` link that dials a revealed phone number (RFC 3966: digits only, the landline's dash dropped), or
 * undefined when the value is not a number one can dial.
 */
export function telHref(value: string | null | undefined): string | undefined {
  if (!value) return undefined
  const phone = normalizePhone(value)
  return PHONE_PATTERN.test(phone) ? `tel:${phone.replace(/-/g, '')}` : undefined
}
