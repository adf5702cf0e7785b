import { describe, expect, it } from 'vitest'
import {
  isCode,
  normaliseCode,
  parseCheckInPayload,
  qrText,
  refreshDelay,
  secondsLeft,
} from '@/features/attendance/model/checkIn'

describe('a scanned QR code', () => {
  it.each([
    ['/m/check-in?session=42&code=073196', { sessionId: 42, code: '073196' }],
    ['https://gridwork.example/m/check-in?session=42&code=073196', { sessionId: 42, code: '073196' }],
    ['  https://gridwork.example/m/check-in?code=000001&session=7\n', { sessionId: 7, code: '000001' }],
  ])('%s carries the session and the code', (text, expected) => {
    expect(parseCheckInPayload(text)).toEqual(expected)
  })

  it.each([
    'https://gridwork.example/m/issues?session=42&code=073196', // another page
    '/m/check-in?session=42', // no code
    '/m/check-in?session=42&code=07319', // five digits
    '/m/check-in?session=42&code=0731960',
    '/m/check-in?session=0&code=073196',
    '/m/check-in?session=abc&code=073196',
    '/m/check-in?session=-1&code=073196',
    'WIFI:S:cafe;T:WPA;P:secret;;', // someone else's QR code
    '',
  ])('%s is not a check-in', (text) => {
    expect(parseCheckInPayload(text)).toBeNull()
  })

  it('is drawn as the payload resolved against the web app', () => {
    const text = qrText('/m/check-in?session=42&code=073196', 'https://gridwork.example')
    expect(text).toBe('https://gridwork.example/m/check-in?session=42&code=073196')
    expect(parseCheckInPayload(text)).toEqual({ sessionId: 42, code: '073196' })
  })
})

describe('a typed code', () => {
  it.each([
    ['073196', '073196', true],
    [' 073 196 ', '073196', true],
    ['０７３１９６', '073196', true], // full-width digits from a Chinese IME
    ['073\u3000196', '073196', true],
    ['07319', '07319', false],
    ['07319a', '07319a', false],
  ])('%j is %j (valid: %s)', (typed, normalised, valid) => {
    expect(normaliseCode(typed)).toBe(normalised)
    expect(isCode(normaliseCode(typed))).toBe(valid)
  })
})

describe('renewing the shown code', () => {
  const until = '2026-12-05T03:00:30Z'
  const at = (iso: string) => Date.parse(iso)

  it.each([
    ['2026-12-05T03:00:00Z', 28_000], // two seconds before it expires
    ['2026-12-05T03:00:27Z', 1_000],
    ['2026-12-05T03:00:29Z', 1_000], // never sooner than a second
    ['2026-12-05T03:05:00Z', 1_000], // a clock far ahead of the server's
  ])('at %s waits %i ms', (now, delay) => {
    expect(refreshDelay(until, at(now))).toBe(delay)
  })

  it.each([
    ['2026-12-05T03:00:00Z', 30],
    ['2026-12-05T03:00:29.001Z', 1],
    ['2026-12-05T03:00:30Z', 0],
    ['2026-12-05T03:01:00Z', 0],
  ])('at %s shows %i seconds left', (now, seconds) => {
    expect(secondsLeft(until, at(now))).toBe(seconds)
  })
})
