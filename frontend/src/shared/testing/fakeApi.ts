// A fake backend behind the real API client (mocked at the fetch level). No app imports: the client's mock
// factory loads it.
export interface Call {
  method: string
  path: string
  query: URLSearchParams
  headers: Headers
  body: unknown
}

type Answer = { status?: number; body?: unknown; headers?: Record<string, string> }
type Handler = (call: Call) => Answer | undefined

/** A fake backend: routes by "METHOD /path" (regex), records every call. */
export class FakeApi {
  calls: Call[] = []
  private routes: { method: string; path: RegExp; handler: Handler }[] = []

  on(method: string, path: string | RegExp, handler: Handler | Answer): this {
    const re = typeof path === 'string' ? new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) : path
    this.routes.unshift({ method, path: re, handler: typeof handler === 'function' ? handler : () => handler })
    return this
  }

  reset(): void {
    this.calls = []
    this.routes = []
  }

  fetch = async (input: Request): Promise<Response> => {
    const url = new URL(input.url)
    // a multipart body is not read: undici cannot stream jsdom's File objects (it never finishes)
    const multipart = input.headers.get('Content-Type')?.startsWith('multipart/') ?? false
    const text = input.method === 'GET' || multipart ? '' : await input.clone().text()
    let body: unknown = text
    try {
      body = text ? JSON.parse(text) : undefined
    } catch {
      // multipart or plain text: kept as text
    }
    const call: Call = {
      method: input.method,
      path: url.pathname,
      query: url.searchParams,
      headers: input.headers,
      body,
    }
    this.calls.push(call)
    const route = this.routes.find((r) => r.method === input.method && r.path.test(url.pathname))
    const answer = route?.handler(call)
    if (!answer) {
      return new Response(
        JSON.stringify({ status: 404, title: 'Not Found', detail: `no fake for ${input.method} ${url.pathname}` }),
        {
          status: 404,
          headers: { 'Content-Type': 'application/problem+json' },
        },
      )
    }
    const status = answer.status ?? 200
    const problem = status >= 400
    return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
      status,
      headers: { 'Content-Type': problem ? 'application/problem+json' : 'application/json', ...answer.headers },
    })
  }

  /** The calls made to `method path`. */
  made(method: string, path: string): Call[] {
    return this.calls.filter((c) => c.method === method && c.path === path)
  }
}

/**
 * The API client module with its `api` talking to a new FakeApi, kept in `hold.api` (the real client's middleware,
 * ETags and If-Match at work, as in the browser). For a test file's
 * `vi.mock('@/shared/api/client', async (original) => (await import('@/shared/testing/fakeApi')).clientOnFakeApi(original, fake))`.
 */
export async function clientOnFakeApi<
  M extends { createApi: (options: { baseUrl: string; fetch: typeof fetch }) => unknown },
>(importOriginal: () => Promise<M>, hold: { api: FakeApi }): Promise<M & { api: unknown }> {
  const actual = await importOriginal()
  hold.api = new FakeApi()
  return {
    ...actual,
    api: actual.createApi({ baseUrl: 'http://gridwork.test', fetch: hold.api.fetch as typeof fetch }),
  }
}
