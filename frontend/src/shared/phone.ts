// Phone numbers as the backend's Phones (common) accepts them: an 11-digit mobile (1[3-9]…) or a landline with its area
// code (0xx[x]-xxxxxxx[x], the dash optional). Spaces are ignored.
export const PHONE_PATTERN = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/

export function normalizePhone(raw: string): string {
  return raw.replace(/\s/g, '')
}

export function isValidPhone(raw: string): boolean {
  return PHONE_PATTERN.test(normalizePhone(raw))
}
