// The requests the offline layer makes, through the app's API client (its middleware adds the token and the
// language). Outbox items carry a concrete path (/api/issues/42/resolve), not a template, so they go through the
// client untyped. Tests replace the client with one on a mocked fetch.
import { api } from '@/shared/api/client'
import type { ProblemLike, SendOutcome } from './model/send'

export type ApiClient = typeof api

interface RawInit {
  body?: unknown
  headers?: Record<string, string>
  bodySerializer?: (body: unknown) => unknown
}
interface RawResult {
  data?: unknown
  error?: unknown
  response: Response
}
interface RawClient {
  GET(path: string, init?: RawInit): Promise<RawResult>
  POST(path: string, init?: RawInit): Promise<RawResult>
}

let client: ApiClient = api

export function syncClient(): ApiClient {
  return client
}

/** Tests: the client the offline layer sends with. */
export function useSyncClient(replacement: ApiClient): void {
  client = replacement
}

/** An answer with its body, or no answer (the fetch threw: offline, DNS, a token that cannot be refreshed). */
export interface Exchange {
  outcome: SendOutcome
  data?: unknown
  response?: Response
}

function exchangeOf(result: RawResult): Exchange {
  const { status } = result.response
  const problem: ProblemLike | undefined =
    result.error && typeof result.error === 'object'
      ? (result.error as ProblemLike)
      : typeof result.error === 'string' && result.error
        ? { detail: result.error }
        : undefined
  return { outcome: { kind: 'answer', status, problem }, data: result.data, response: result.response }
}

/** The result of a call through the client; a thrown fetch is an outcome ("no answer"), not an exception. */
export async function exchange(call: () => Promise<RawResult>): Promise<Exchange> {
  try {
    return exchangeOf(await call())
  } catch (e) {
    return { outcome: { kind: 'network', message: e instanceof Error ? e.message : String(e) } }
  }
}

/** A request to a concrete path (an outbox item's), untyped. */
export function request(method: 'GET' | 'POST', path: string, init: RawInit = {}): Promise<Exchange> {
  const raw = client as unknown as RawClient
  return exchange(() => raw[method](path, init))
}

export function isOk(exchange: Exchange): boolean {
  return exchange.outcome.kind === 'answer' && exchange.outcome.status >= 200 && exchange.outcome.status < 300
}
