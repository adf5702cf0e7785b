// What one attempt to send an outbox item (or one of its photos) leads to, as plain rules: the next state from the
// server's answer or the lack of one, how long to wait before the next automatic attempt, and whether a retry by
// hand may reuse the item's Idempotency-Key.
import type { OutboxProblem, OutboxState } from './outbox'

/** What came back from one request: no answer at all (network), or an HTTP status with its problem document. */
export type SendOutcome =
  { kind: 'network'; message?: string } | { kind: 'answer'; status: number; problem?: ProblemLike }

/** The fields of an RFC 9457 problem the outbox keeps. */
export interface ProblemLike {
  type?: string
  title?: string
  detail?: string
  violations?: { field?: string; message?: string }[]
}

export interface Decision {
  state: Extract<OutboxState, 'sent' | 'waiting' | 'failed' | 'conflict'>
  /** Whether this attempt counts towards MAX_ATTEMPTS (the device's own lack of network or sign-in does not). */
  counts: boolean
  error?: OutboxProblem
}

/** Automatic attempts the server may answer with a passing error (5xx, 429, 409) before the item fails. */
export const MAX_ATTEMPTS = 8

/** Status 0 marks "no answer" in a kept error (the network, not the server). */
export const NO_ANSWER = 0

/** The problem as the outbox keeps it: status, title, and the detail followed by each field violation. */
export function problemOf(status: number, problem: ProblemLike | undefined, fallbackTitle = `HTTP ${status}`) {
  const lines = [
    problem?.detail,
    ...(problem?.violations ?? []).map((v) => [v.field, v.message].filter(Boolean).join(': ')),
  ].filter((line): line is string => !!line)
  const error: OutboxProblem = { status, title: problem?.title || fallbackTitle }
  if (lines.length) error.detail = lines.join('\n')
  if (problem?.type) error.type = problem.type
  return error
}

/** Answers that say "not now" rather than "no": the same request may succeed later with the same key. */
function isPassing(status: number, type: string | undefined): boolean {
  if (status === NO_ANSWER || status === 401 || status >= 500 || status === 429) return true
  // the first attempt with this key is still running on the server: its answer will be replayed to the next one
  return status === 409 && !!type?.endsWith('idempotency-key-in-flight')
}

/**
 * The item's next state after one attempt. `attempts` counts the attempts made so far, this one included (only those
 * that count). A 401 means the sign-in ran out: the item waits for the worker to sign in again.
 */
export function decide(outcome: SendOutcome, attempts: number): Decision {
  if (outcome.kind === 'network') {
    return {
      state: 'waiting',
      counts: false,
      error: { status: NO_ANSWER, title: 'network', detail: outcome.message },
    }
  }
  const { status, problem } = outcome
  if (status >= 200 && status < 300) return { state: 'sent', counts: true }
  const error = problemOf(status, problem)
  if (status === 401) return { state: 'waiting', counts: false, error }
  if (status === 412) return { state: 'conflict', counts: true, error }
  if (isPassing(status, problem?.type)) {
    return { state: attempts >= MAX_ATTEMPTS ? 'failed' : 'waiting', counts: true, error }
  }
  return { state: 'failed', counts: true, error }
}

/** Backoff before automatic attempt n+1 after n counted attempts: 30 s doubling, at most 30 min. */
export function retryDelayMs(attempts: number): number {
  if (attempts <= 0) return 0
  return Math.min(30_000 * 2 ** (attempts - 1), 30 * 60_000)
}

/** Whether an item (waiting after `attempts` counted attempts, last changed at `updatedAt`) is due at `now`. */
export function isDue(item: { attempts: number; updatedAt: string }, now: number): boolean {
  return Date.parse(item.updatedAt) + retryDelayMs(item.attempts) <= now
}

/**
 * Whether a retry by hand needs a new Idempotency-Key. The server stores every final answer below 500 under the key
 * (a refusal is replayed as is), so re-sending a refused request needs a new key; a refused request wrote nothing,
 * so a new key cannot write twice. After a passing error (no answer, 5xx, 429, a 409 while the first attempt was
 * still running) the first attempt may still land: the same key keeps it to one write.
 */
export function retryNeedsNewKey(lastError: OutboxProblem | undefined): boolean {
  return !!lastError && !isPassing(lastError.status, lastError.type)
}

/** The record an issue action acts on, for fetching its current version after a 412: /api/issues/42/accept → 42. */
export function issueIdOf(path: string): number | undefined {
  const match = /^\/api\/issues\/(\d+)\/[\w-]+/.exec(path)
  return match ? Number(match[1]) : undefined
}
