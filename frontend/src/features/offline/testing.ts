// Test support for the offline layer: a fresh device database and a scripted server behind the app's API client.
// Imported by tests only.
import { OfflineDb, useOfflineDb } from './db'
import { useSyncClient } from './transport'
import { EtagStore, createApi } from '@/shared/api/client'

export interface SeenRequest {
  method: string
  path: string
  headers: Headers
  /** The JSON body (parsed), or the multipart part names and file names. */
  body: unknown
}

type Reply = Response | 'network'
export type Route = (request: SeenRequest) => Reply | Promise<Reply>

export const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } })

export const problem = (status: number, extra: Record<string, unknown> = {}) =>
  new Response(JSON.stringify({ status, title: `problem ${status}`, ...extra }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  })

async function bodyOf(request: Request): Promise<unknown> {
  const type = request.headers.get('Content-Type') ?? ''
  if (type.startsWith('multipart/form-data')) {
    const form = await request.formData()
    return [...form.entries()].map(([name, value]) => [name, typeof value === 'string' ? value : value.name])
  }
  const text = await request.text()
  return text ? JSON.parse(text) : undefined
}

/** A fresh database per test, and a server that answers each request with the first route that does not pass. */
export function offlineTestbed() {
  const db = new OfflineDb(`t-${crypto.randomUUID()}`)
  useOfflineDb(db)
  const requests: SeenRequest[] = []
  const routes: Route[] = []
  let inFlight = 0
  let maxInFlight = 0
  const fetch = async (input: Request): Promise<Response> => {
    const seen: SeenRequest = {
      method: input.method,
      path: new URL(input.url).pathname + new URL(input.url).search,
      headers: input.headers,
      body: await bodyOf(input.clone()),
    }
    requests.push(seen)
    inFlight++
    maxInFlight = Math.max(maxInFlight, inFlight)
    try {
      await new Promise((resolve) => setTimeout(resolve, 1))
      for (const route of routes) {
        const reply = await route(seen)
        if (reply === 'network') throw new TypeError('Failed to fetch')
        if (reply) return reply
      }
      return problem(404)
    } finally {
      inFlight--
    }
  }
  useSyncClient(
    createApi({ baseUrl: 'http://gridwork.test', fetch: fetch as typeof globalThis.fetch, store: new EtagStore() }),
  )
  return {
    db,
    requests,
    /** Adds a route: (request) => a Response, 'network' (the fetch throws) or undefined (the next route). */
    on(route: (request: SeenRequest) => Reply | undefined | Promise<Reply | undefined>) {
      routes.unshift(route as Route)
    },
    get maxInFlight() {
      return maxInFlight
    },
  }
}
