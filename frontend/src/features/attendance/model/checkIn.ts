// The check-in code on both phones: what the organiser's QR holds and when it is renewed, and what the volunteer's
// phone reads from a scan or from typed digits. The server makes and checks the codes (RotatingCode); this only
// carries them.

/** A check-in code has six digits. */
export const CODE_LENGTH = 6

/** The page a QR code opens, carrying the session and the code (the server's payload). */
export const CHECK_IN_PATH = '/m/check-in'

/** A renewed code is fetched this long before the shown one expires, so the screen never shows a stale one. */
export const REFRESH_LEAD_MS = 2_000

/** Nor more often than this (a clock far off the server's must not make the page poll in a loop). */
export const MIN_REFRESH_MS = 1_000

export interface ScannedCheckIn {
  sessionId: number
  code: string
}

/** Typed digits as the server expects them: spaces dropped, full-width digits (an IME's) made ASCII. */
export function normaliseCode(typed: string): string {
  return typed
    .replace(/[\s\u3000]/g, '')
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30))
}

export function isCode(text: string): boolean {
  return new RegExp(`^\\d{${CODE_LENGTH}}$`).test(text)
}

/**
 * The session and code a scanned QR code carries: the check-in link (absolute, as the organiser's screen shows it,
 * or relative, as the server writes it). Anything else (another QR code) is null.
 */
export function parseCheckInPayload(text: string): ScannedCheckIn | null {
  let url: URL
  try {
    url = new URL(text.trim(), 'http://check-in.invalid')
  } catch {
    return null
  }
  if (url.pathname !== CHECK_IN_PATH) return null
  const session = url.searchParams.get('session') ?? ''
  const code = url.searchParams.get('code') ?? ''
  if (!/^[1-9]\d{0,15}$/.test(session) || !isCode(code)) return null
  return { sessionId: Number(session), code }
}

/** The text of the QR code: the server's payload resolved against this web app's address (a camera opens it). */
export function qrText(payload: string, origin: string): string {
  return new URL(payload, origin).href
}

/** How long to wait before fetching the next code, given when the shown one stops being valid. */
export function refreshDelay(validUntil: string, now: number): number {
  return Math.max(MIN_REFRESH_MS, Date.parse(validUntil) - now - REFRESH_LEAD_MS)
}

/** Whole seconds left on the shown code (the countdown under it), never negative. */
export function secondsLeft(validUntil: string, now: number): number {
  return Math.max(0, Math.ceil((Date.parse(validUntil) - now) / 1000))
}
