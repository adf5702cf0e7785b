import { describe, expect, it } from 'vitest'
import {
  MAX_ATTEMPTS,
  decide,
  isDue,
  issueIdOf,
  problemOf,
  retryDelayMs,
  retryNeedsNewKey,
  type SendOutcome,
} from './send'

const answer = (status: number, type?: string): SendOutcome => ({
  kind: 'answer',
  status,
  problem: { type, title: `T${status}` },
})
const INFLIGHT = 'https://gridwork.example/problems/idempotency-key-in-flight'
const REUSED = 'https://gridwork.example/problems/idempotency-key-reused'

describe('the next state after one attempt', () => {
  it.each<[string, SendOutcome, number, string, boolean]>([
    ['201 created', answer(201), 1, 'sent', true],
    ['200 (a replayed first answer)', answer(200), 3, 'sent', true],
    ['no answer (network)', { kind: 'network', message: 'Failed to fetch' }, 1, 'waiting', false],
    ['no answer after many tries still waits', { kind: 'network' }, MAX_ATTEMPTS + 5, 'waiting', false],
    ['401: the sign-in ran out', answer(401), 1, 'waiting', false],
    ['500', answer(500), 1, 'waiting', true],
    ['503', answer(503), 2, 'waiting', true],
    ['429', answer(429), 1, 'waiting', true],
    ['409 while the first attempt runs', answer(409, INFLIGHT), 1, 'waiting', true],
    ['a 5xx on the last allowed attempt', answer(502), MAX_ATTEMPTS, 'failed', true],
    ['412: the record changed', answer(412), 1, 'conflict', true],
    ['422 problem', answer(422), 1, 'failed', true],
    ['422 key reused with another body', answer(422, REUSED), 1, 'failed', true],
    ['409 of the domain (not the key)', answer(409, 'https://gridwork.example/problems/conflict'), 1, 'failed', true],
    ['400', answer(400), 1, 'failed', true],
    ['403', answer(403), 1, 'failed', true],
    ['404', answer(404), 1, 'failed', true],
  ])('%s → %s', (_, outcome, attempts, state, counts) => {
    const decision = decide(outcome, attempts)
    expect(decision.state).toBe(state)
    expect(decision.counts).toBe(counts)
    if (state === 'sent') expect(decision.error).toBeUndefined()
    else expect(decision.error?.status).toBe(outcome.kind === 'answer' ? outcome.status : 0)
  })

  it('keeps the problem: status, title, detail and each field violation', () => {
    expect(
      problemOf(422, {
        type: 'about:blank',
        title: '输入有误',
        detail: '请检查',
        violations: [
          { field: 'outcome', message: '不能为空' },
          { field: 'photoUploadIds[1]', message: '已过期' },
        ],
      }),
    ).toEqual({
      status: 422,
      title: '输入有误',
      detail: '请检查\noutcome: 不能为空\nphotoUploadIds[1]: 已过期',
      type: 'about:blank',
    })
    expect(problemOf(500, undefined)).toEqual({ status: 500, title: 'HTTP 500' })
  })
})

describe('backoff', () => {
  it.each([
    [0, 0],
    [1, 30_000],
    [2, 60_000],
    [3, 120_000],
    [6, 960_000],
    [7, 1_800_000],
    [20, 1_800_000],
  ])('after %i attempts waits %i ms', (attempts, ms) => {
    expect(retryDelayMs(attempts)).toBe(ms)
  })

  it('an item is due once its delay since the last change has passed', () => {
    const item = { attempts: 2, updatedAt: '2026-12-05T10:00:00.000Z' }
    expect(isDue(item, Date.parse('2026-12-05T10:00:59.999Z'))).toBe(false)
    expect(isDue(item, Date.parse('2026-12-05T10:01:00.000Z'))).toBe(true)
    expect(isDue({ attempts: 0, updatedAt: '2026-12-05T10:00:00.000Z' }, Date.parse('2026-12-05T10:00:00Z'))).toBe(true)
  })
})

describe('a retry by hand', () => {
  it.each<[string, Parameters<typeof retryNeedsNewKey>[0], boolean]>([
    ['never tried', undefined, false],
    ['no answer', { status: 0, title: 'network' }, false],
    ['5xx (nothing stored under the key)', { status: 500, title: 'x' }, false],
    ['429', { status: 429, title: 'x' }, false],
    ['in flight (the first may still land)', { status: 409, title: 'x', type: INFLIGHT }, false],
    ['401', { status: 401, title: 'x' }, false],
    ['422 refusal (stored under the key)', { status: 422, title: 'x' }, true],
    ['400 refusal', { status: 400, title: 'x' }, true],
    ['409 of the domain', { status: 409, title: 'x', type: 'about:blank' }, true],
    ['403', { status: 403, title: 'x' }, true],
  ])('%s → new key: %s', (_, lastError, expected) => {
    expect(retryNeedsNewKey(lastError)).toBe(expected)
  })
})

describe('the issue an action acts on', () => {
  it.each<[string, number | undefined]>([
    ['/api/issues/42/accept', 42],
    ['/api/issues/7/comments', 7],
    ['/api/issues/9/extension-requests', 9],
    ['/api/issues', undefined],
    ['/api/visits', undefined],
    ['/api/issues/42', undefined],
  ])('%s → %s', (path, id) => {
    expect(issueIdOf(path)).toBe(id)
  })
})
