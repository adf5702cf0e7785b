import { beforeEach, describe, expect, it, vi } from 'vitest'
import { EtagStore, configureClient, createApi, etagOf, etags, ifMatch } from '@/shared/api/client'
import { fileUpload } from '@/shared/api/upload'

type Handler = (request: Request) => Response

function setup(handler: Handler) {
  const requests: Request[] = []
  const fetch = vi.fn(async (input: Request) => {
    requests.push(input.clone())
    return handler(input)
  })
  const store = new EtagStore()
  const api = createApi({ baseUrl: 'http://gridwork.test', fetch: fetch as unknown as typeof globalThis.fetch, store })
  return { api, requests, store }
}

const json = (body: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(body), { ...init, headers: { 'Content-Type': 'application/json', ...init.headers } })

const area = {
  id: 7,
  level: 'GRID',
  code: 'G1',
  name: '第一网格',
  ancestors: [],
  childCount: 0,
  gridWorkers: [],
  version: 3,
}

describe('API client middleware', () => {
  let token: string | undefined
  let locale: string
  beforeEach(() => {
    token = 'token-1'
    locale = 'zh-CN'
    configureClient({ token: async () => token, locale: () => locale })
  })

  it('sends the bearer token and the current locale', async () => {
    const { api, requests } = setup(() => json({ username: 'u' }))
    await api.GET('/api/me')
    token = 'token-2'
    locale = 'en-US'
    await api.GET('/api/me')
    expect(requests[0].headers.get('Authorization')).toBe('Bearer token-1')
    expect(requests[0].headers.get('Accept-Language')).toBe('zh-CN')
    expect(requests[1].headers.get('Authorization')).toBe('Bearer token-2')
    expect(requests[1].headers.get('Accept-Language')).toBe('en-US')
  })

  it('sends no Authorization header without a token', async () => {
    token = undefined
    const { api, requests } = setup(() => json({}))
    await api.GET('/api/me')
    expect(requests[0].headers.has('Authorization')).toBe(false)
  })

  it('records ETags of reads and fills If-Match of a DELETE from the last GET of that resource', async () => {
    const { api, requests, store } = setup((req) =>
      req.method === 'GET' ? json(area, { headers: { ETag: '"3"' } }) : new Response(null, { status: 204 }),
    )
    await api.GET('/api/areas/{id}', { params: { path: { id: 7 } } })
    expect(store.get('/api/areas/7')).toBe('"3"')
    await api.DELETE('/api/areas/{id}', { params: { path: { id: 7 } } })
    expect(requests[1].headers.get('If-Match')).toBe('"3"')
  })

  it('gives an edit the ETag of the version read, and records the version a PUT answers with', async () => {
    const api = createApi({
      baseUrl: 'http://gridwork.test',
      fetch: (async (req: Request) =>
        req.method === 'GET'
          ? json(area, { headers: { ETag: '"3"' } })
          : json({ ...area, version: 4 }, { headers: { ETag: '"4"' } })) as unknown as typeof globalThis.fetch,
    })
    expect(() => ifMatch('/api/areas/70')).toThrow(/No ETag/)
    await api.GET('/api/areas/{id}', { params: { path: { id: 70 } } })
    expect(ifMatch('/api/areas/70')).toBe('"3"')
    await api.PUT('/api/areas/{id}', {
      params: { path: { id: 70 }, header: { 'If-Match': ifMatch('/api/areas/70') } },
      body: { code: 'G1', name: '一网格' },
    })
    expect(etags.get('/api/areas/70')).toBe('"4"')
  })

  it('keeps an explicit If-Match and does not invent one', async () => {
    const { api, requests } = setup(() => new Response(null, { status: 204 }))
    await api.DELETE('/api/areas/{id}', { params: { path: { id: 8 } }, headers: { 'If-Match': etagOf(5) } })
    await api.DELETE('/api/areas/{id}', { params: { path: { id: 9 } } })
    expect(requests[0].headers.get('If-Match')).toBe('"5"')
    expect(requests[1].headers.has('If-Match')).toBe(false)
  })

  it('records the ETag of a created resource under its Location and forgets deleted ones', async () => {
    const { api, store } = setup((req) =>
      req.method === 'POST'
        ? json(area, { status: 201, headers: { ETag: '"0"', Location: 'http://gridwork.test/api/areas/7' } })
        : new Response(null, { status: 204 }),
    )
    await api.POST('/api/areas', { body: { level: 'GRID', parentId: 2, code: 'G1', name: '第一网格' } })
    expect(store.get('/api/areas/7')).toBe('"0"')
    await api.DELETE('/api/areas/{id}', { params: { path: { id: 7 } } })
    expect(store.get('/api/areas/7')).toBeUndefined()
  })

  it('does not record the ETag of a failed response', async () => {
    const { api, store } = setup(
      () =>
        new Response(JSON.stringify({ status: 412, title: 'Precondition Failed' }), {
          status: 412,
          headers: { 'Content-Type': 'application/problem+json', ETag: '"9"' },
        }),
    )
    await api.PUT('/api/areas/{id}', {
      params: { path: { id: 7 }, header: { 'If-Match': '"8"' } },
      body: { code: 'G1', name: 'x' },
    })
    expect(store.get('/api/areas/7')).toBeUndefined()
  })
})

describe('EtagStore', () => {
  it('forgets the oldest entry past its capacity', () => {
    const store = new EtagStore(2)
    store.set('/a', '"1"')
    store.set('/b', '"1"')
    store.set('/a', '"2"')
    store.set('/c', '"1"')
    expect(store.get('/b')).toBeUndefined()
    expect(store.get('/a')).toBe('"2"')
    expect(store.get('/c')).toBe('"1"')
  })
})

describe('fileUpload', () => {
  it('sends the file as the multipart part `file`, with its name', async () => {
    const file = new Blob(['PK fake workbook'], {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    })
    const upload = fileUpload(file, '居民.xlsx')
    const part = upload.bodySerializer().get('file') as File
    expect(part.name).toBe('居民.xlsx')
    expect(part.size).toBe(file.size)
    const { api, requests } = setup(() => json({ errorCount: 0 }))
    await api.POST('/api/registry/import', { params: { query: { dryRun: true } }, ...upload })
    expect(requests[0].headers.get('Content-Type')).toMatch(/^multipart\/form-data; boundary=/)
  })
})
