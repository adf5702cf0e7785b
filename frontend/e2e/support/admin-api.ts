// Setup through the real API, as the street-admin: what a spec needs before its story starts (a grid and its grid
// worker, an API client, an issue to act on) without replaying other features' screens. The bearer token comes from
// a real sign-in: the SPA client only does the browser flow, so a page signs the admin in on Keycloak and the token
// is read from the app's own API calls.
import { expect, test, type APIRequestContext, type Browser, type BrowserContext, type Page } from '@playwright/test'
import { BASE_URL } from './env'
import { signInOnKeycloak, STREET_ADMIN, type Account } from './keycloak'
import type { Run } from './run'

type Level = 'SUB_DISTRICT' | 'COMMUNITY' | 'GRID'

export interface AreaRef {
  id: number
  level: Level
  code: string
  name: string
}

interface AreaNode extends AreaRef {
  children: AreaNode[]
}

/** A community with one grid and its grid worker, whose first sign-in replaces the temporary password. */
export interface World {
  subDistrict: AreaRef
  community: AreaRef
  grid: AreaRef
  worker: Account & { id: number; displayName: string }
}

/** Access tokens live 300 s in the realm: a token older than this is renewed first. */
const TOKEN_MAX_AGE_MS = 200_000

export class AdminApi {
  readonly errors: string[] = []
  private context?: BrowserContext
  private page?: Page
  private token?: string
  private tokenAt = 0

  constructor(
    private readonly browser: Browser,
    private readonly request: APIRequestContext,
  ) {}

  private async bearer(): Promise<string> {
    if (!this.page) {
      this.context = await this.browser.newContext({
        baseURL: BASE_URL,
        locale: 'zh-CN',
        viewport: { width: 1440, height: 900 },
      })
      this.page = await this.context.newPage()
      this.page.on('pageerror', (e) => this.errors.push(e.message))
      this.page.on('request', (r) => {
        const header = r.headers()['authorization']
        if (header?.startsWith('Bearer ') && r.url().startsWith(`${BASE_URL}/api/`)) {
          this.token = header
          this.tokenAt = Date.now()
        }
      })
      await this.page.goto('/', { waitUntil: 'domcontentloaded' })
      await signInOnKeycloak(this.page, STREET_ADMIN)
    } else if (Date.now() - this.tokenAt > TOKEN_MAX_AGE_MS) {
      // the Keycloak session is still there: a reload signs in again without the form and calls /api/me
      this.token = undefined
      await this.page.reload({ waitUntil: 'domcontentloaded' })
    }
    await expect
      .poll(() => this.token, { message: 'the app calls the API with a bearer token', timeout: 60_000 })
      .toBeTruthy()
    return this.token!
  }

  /** One API call; anything but 2xx fails with the problem the server answered. */
  async call<T>(
    method: 'GET' | 'POST',
    path: string,
    data?: unknown,
    headers: Record<string, string> = {},
  ): Promise<{ body: T; etag?: string }> {
    const response = await this.request.fetch(`${BASE_URL}${path}`, {
      method,
      data,
      headers: { Authorization: await this.bearer(), 'Accept-Language': 'zh-CN', ...headers },
    })
    if (!response.ok()) throw new Error(`${method} ${path} answered ${response.status()}: ${await response.text()}`)
    return { body: (await response.json()) as T, etag: response.headers()['etag'] }
  }

  /** A file the API answers (a PDF, a workbook): its bytes and headers; anything but 2xx fails. */
  async download(path: string): Promise<{ body: Buffer; headers: Record<string, string> }> {
    const response = await this.request.fetch(`${BASE_URL}${path}`, {
      method: 'GET',
      headers: { Authorization: await this.bearer(), Accept: '*/*' },
    })
    if (!response.ok()) throw new Error(`GET ${path} answered ${response.status()}: ${await response.text()}`)
    return { body: await response.body(), headers: response.headers() }
  }

  /** A sub-district: the first one there is, or a new one when the database has none. */
  async subDistrict(run: Run): Promise<AreaRef> {
    const { body: tree } = await this.call<AreaNode[]>('GET', '/api/areas/tree')
    const existing = tree.find((a) => a.level === 'SUB_DISTRICT')
    return existing ?? this.area('SUB_DISTRICT', undefined, run.subDistrict, `SD-${run.stamp}`)
  }

  async area(level: Level, parentId: number | undefined, name: string, code: string): Promise<AreaRef> {
    return (await this.call<AreaRef>('POST', '/api/areas', { level, parentId, name, code })).body
  }

  /** A new community and grid (the run's names) under a sub-district, and a grid worker scoped to the grid. */
  async world(run: Run): Promise<World> {
    return test.step('set up a community, a grid and its grid worker through the API', () => this.makeWorld(run))
  }

  private async makeWorld(run: Run): Promise<World> {
    const subDistrict = await this.subDistrict(run)
    const community = await this.area('COMMUNITY', subDistrict.id, run.community, `C-${run.stamp}`)
    const grid = await this.area('GRID', community.id, run.grid, `G-${run.stamp}`)
    const { body: created } = await this.call<{ staff: { id: number }; temporaryPassword: string }>(
      'POST',
      '/api/staff',
      {
        username: run.workerUsername,
        displayName: run.workerName,
        phone: run.workerPhone,
        role: 'grid-worker',
        areaIds: [grid.id],
      },
    )
    return {
      subDistrict,
      community,
      grid,
      worker: {
        id: created.staff.id,
        displayName: run.workerName,
        username: run.workerUsername,
        password: run.workerPassword,
        temporaryPassword: created.temporaryPassword,
      },
    }
  }

  /** A read-only API client scoped to `areaId` (the list then has a row with the viewer role). */
  async apiClient(run: Run, areaId: number): Promise<string> {
    const { body } = await this.call<{ client: { clientId: string } }>('POST', '/api/api-clients', {
      name: `E2E 接口 ${run.stamp}`,
      contactName: '联调人员',
      contactEmail: `api-${run.stamp}@example.invalid`,
      role: 'viewer',
      areaIds: [areaId],
    })
    return body.client.clientId
  }

  /** A received issue of the category 其他 (OTHER) at an area, reported by a named person; resolves with its id. */
  async otherIssue(
    areaId: number,
    description: string,
    reporterName: string,
    channel: 'OFFICE' | 'PHONE' = 'OFFICE',
  ): Promise<number> {
    const { body: categories } = await this.call<{ id: number; code: string }[]>('GET', '/api/issue-categories')
    const { body } = await this.call<{ issue: { id: number } }>('POST', '/api/issues', {
      categoryId: categories.find((c) => c.code === 'OTHER')!.id,
      description,
      urgency: 'NORMAL',
      channel,
      location: { areaId },
      reporter: { name: reporterName },
    })
    return body.issue.id
  }

  /** Accepts a received issue (受理) and assigns it to `handlerId` (交办), each against the version it read. */
  async acceptAndAssign(issueId: number, handlerId: number): Promise<void> {
    const { etag } = await this.call('GET', `/api/issues/${issueId}`)
    const accepted = await this.call(
      'POST',
      `/api/issues/${issueId}/accept`,
      { comment: '情况属实，予以受理' },
      { 'If-Match': etag! },
    )
    await this.call('POST', `/api/issues/${issueId}/assign`, { handlerId }, { 'If-Match': accepted.etag! })
  }

  async close(): Promise<void> {
    await this.context?.close()
  }
}
