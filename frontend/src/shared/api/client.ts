import createClient, { type Middleware } from 'openapi-fetch'
import type { paths } from '@/api/schema'

/** What the API client needs from its surroundings; set once at boot (and replaced in tests). */
export interface ClientContext {
  /** A valid access token, refreshed if it is about to expire; undefined when not logged in. */
  token: () => Promise<string | undefined>
  /** The UI locale, sent as Accept-Language so that server messages come back in it. */
  locale: () => string
}

let context: ClientContext = {
  token: async () => undefined,
  locale: () => 'zh-CN',
}

export function configureClient(ctx: ClientContext): void {
  context = ctx
}

/**
 * ETags of versioned resources, by path, as last seen in a response. A PUT or DELETE to the same path that does
 * not carry its own If-Match gets the recorded one, so an edit is made against the version the user looked at
 * and a concurrent change answers 412 instead of being overwritten.
 */
export class EtagStore {
  private readonly tags = new Map<string, string>()
  constructor(private readonly capacity = 500) {}

  get(path: string): string | undefined {
    return this.tags.get(path)
  }

  set(path: string, etag: string): void {
    this.tags.delete(path)
    this.tags.set(path, etag)
    if (this.tags.size > this.capacity) {
      const oldest = this.tags.keys().next().value
      if (oldest !== undefined) this.tags.delete(oldest)
    }
  }

  delete(path: string): void {
    this.tags.delete(path)
  }
}

export const etags = new EtagStore()

/**
 * The If-Match value for a resource the user is editing: the ETag recorded when it was last read. Throws when it
 * was never read, since an edit must be made against a version the user has seen.
 */
export function ifMatch(path: string): string {
  const tag = etags.get(path)
  if (!tag) throw new Error(`No ETag recorded for ${path}: read it before changing it`)
  return tag
}

/** The ETag header value for a version number, for callers that hold a version from a list row. */
export function etagOf(version: number): string {
  return `"${version}"`
}

/**
 * Records the version an answer carries of another resource than the one called (an action's POST answers with the
 * issue it changed): the answer's ETag, else the version number the body names.
 */
export function rememberEtag(path: string, response: Response | undefined, version: number): void {
  etags.set(path, response?.headers.get('ETag') ?? etagOf(version))
}

function pathOf(url: string): string {
  return new URL(url, 'http://localhost').pathname
}

export function createApiMiddleware(store: EtagStore, ctx: () => ClientContext): Middleware {
  return {
    async onRequest({ request }) {
      const c = ctx()
      const token = await c.token()
      if (token) request.headers.set('Authorization', `Bearer ${token}`)
      request.headers.set('Accept-Language', c.locale())
      if ((request.method === 'PUT' || request.method === 'DELETE') && !request.headers.has('If-Match')) {
        const tag = store.get(pathOf(request.url))
        if (tag) request.headers.set('If-Match', tag)
      }
      return request
    },
    async onResponse({ request, response }) {
      const tag = response.headers.get('ETag')
      if (request.method === 'DELETE' && response.ok) {
        store.delete(pathOf(request.url))
      } else if (tag && response.ok) {
        const location = response.headers.get('Location')
        store.set(request.method === 'POST' && location ? pathOf(location) : pathOf(request.url), tag)
      }
      return response
    },
  }
}

export function createApi(options: { baseUrl?: string; fetch?: typeof globalThis.fetch; store?: EtagStore } = {}) {
  const client = createClient<paths>({ baseUrl: options.baseUrl ?? '', fetch: options.fetch })
  client.use(createApiMiddleware(options.store ?? etags, () => context))
  return client
}

export const api = createApi()
