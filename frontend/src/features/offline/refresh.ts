// Filling the worklist kept on the device: the worker's due and overdue visits, the households they concern and the
// worker's other visit households (their cards, masked as the API returns them), the open issues they handle (with
// each one's ETag, for actions made offline) and the code lists the visit and issue forms read. A refresh replaces
// the owner's rows: a row the server no longer returns (a household that left the worker's scope, a closed issue)
// leaves the device. A refresh that cannot finish changes nothing.
import { offlineDb, type CodeListRow, type WorklistRow } from './db'
import { exchange, isOk, syncClient, type Exchange } from './transport'
import type { IssueStatus } from '@/shared/api/types'

/** The names the code lists are kept under (read them with offlineCodeList). */
export const CODE_LISTS = {
  /** GET /api/issue-categories: the issue form's categories (active and retired; the form picks the active). */
  issueCategories: 'issueCategories',
  /** GET /api/areas/tree: the issue form's location picker. */
  areaTree: 'areaTree',
} as const

/** Bounds: a refresh every few minutes must stay small on a phone's connection. */
export const REFRESH_CAPS = { pageSize: 100, householdPages: 3, households: 200, issues: 100, concurrency: 3 }

/** The states in which an issue still asks something of its handler (the deadline clock runs). */
const OPEN_STATES = ['RECEIVED', 'ACCEPTED', 'ASSIGNED', 'IN_PROGRESS'] as const satisfies readonly IssueStatus[]

const META_REFRESHED = (owner: string) => `refreshedAt:${owner}`

/** A refresh that could not finish (no answer, or a refusal of a list the worker should be able to read). */
export class RefreshFailed extends Error {
  constructor(
    readonly path: string,
    readonly exchange: Exchange,
  ) {
    super(exchange.outcome.kind === 'network' ? `${path}: no answer` : `${path}: HTTP ${exchange.outcome.status}`)
    this.name = 'RefreshFailed'
  }
}

function must<T>(path: string, exchange: Exchange): T {
  if (!isOk(exchange)) throw new RefreshFailed(path, exchange)
  return exchange.data as T
}

/** A record the worker no longer reaches (404, 403) is left out; anything else stops the refresh. */
function gone(exchange: Exchange): boolean {
  return exchange.outcome.kind === 'answer' && (exchange.outcome.status === 404 || exchange.outcome.status === 403)
}

/** Runs `task` over `items` with at most `limit` at a time, in order of results. */
async function pooled<T, R>(items: T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const i = next++
      results[i] = await task(items[i]!)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}

interface Fetched {
  obligations: WorklistRow<unknown>[]
  households: WorklistRow<unknown>[]
  issues: WorklistRow<unknown>[]
  codeLists: CodeListRow[]
}

async function fetchAll(owner: string, at: string): Promise<Fetched> {
  const client = syncClient()
  const row = (id: number, data: unknown, etag?: string | null): WorklistRow<unknown> => {
    const r: WorklistRow<unknown> = { owner, id, data, fetchedAt: at }
    if (etag) r.etag = etag
    return r
  }
  const { pageSize, householdPages, households: householdCap, issues: issueCap, concurrency } = REFRESH_CAPS

  const obligationPage = must<{ items: { id: number; household: { id: number } }[] }>(
    '/api/visit-obligations/mine',
    await exchange(() => client.GET('/api/visit-obligations/mine', { params: { query: { size: pageSize } } })),
  )
  // the households of due visits first, then the worker's other households, up to the cap
  const householdIds = new Set(obligationPage.items.map((o) => o.household.id))
  for (let page = 0; page < householdPages && householdIds.size < householdCap; page++) {
    const result = must<{ items: { id: number }[]; total: number }>(
      '/api/visit-households',
      await exchange(() => client.GET('/api/visit-households', { params: { query: { page, size: pageSize } } })),
    )
    for (const h of result.items) householdIds.add(h.id)
    if ((page + 1) * pageSize >= result.total) break
  }
  const cards = await pooled([...householdIds].slice(0, householdCap), concurrency, async (id) => {
    const answer = await exchange(() => client.GET('/api/visit-households/{id}', { params: { path: { id } } }))
    return gone(answer) ? undefined : row(id, must('/api/visit-households/{id}', answer))
  })

  // the nearest due first, so that the cap keeps the most pressing
  const issuePage = must<{ items: { id: number }[] }>(
    '/api/issues',
    await exchange(() =>
      client.GET('/api/issues', {
        params: { query: { involvingMe: true, status: [...OPEN_STATES], size: issueCap, sort: 'dueAt' } },
      }),
    ),
  )
  const issues = await pooled(issuePage.items.slice(0, issueCap), concurrency, async ({ id }) => {
    const answer = await exchange(() => client.GET('/api/issues/{id}', { params: { path: { id } } }))
    return gone(answer) ? undefined : row(id, must('/api/issues/{id}', answer), answer.response?.headers.get('ETag'))
  })

  const codeLists: CodeListRow[] = [
    {
      owner,
      name: CODE_LISTS.issueCategories,
      data: must('/api/issue-categories', await exchange(() => client.GET('/api/issue-categories'))),
      fetchedAt: at,
    },
    {
      owner,
      name: CODE_LISTS.areaTree,
      data: must('/api/areas/tree', await exchange(() => client.GET('/api/areas/tree'))),
      fetchedAt: at,
    },
  ]
  return {
    obligations: obligationPage.items.map((o) => row(o.id, o)),
    households: cards.filter((c): c is WorklistRow<unknown> => !!c),
    issues: issues.filter((i): i is WorklistRow<unknown> => !!i),
    codeLists,
  }
}

/** Replaces the owner's worklist with what the server returns now; resolves with the refresh time. */
export async function refreshWorklist(owner: string, now = new Date()): Promise<string> {
  const at = now.toISOString()
  const fetched = await fetchAll(owner, at)
  const db = offlineDb()
  await db.transaction('rw', [db.obligations, db.households, db.issues, db.codeLists, db.meta], async () => {
    for (const [table, rows] of [
      [db.obligations, fetched.obligations],
      [db.households, fetched.households],
      [db.issues, fetched.issues],
    ] as const) {
      const keep = new Set(rows.map((r) => r.id))
      await table
        .where('owner')
        .equals(owner)
        .filter((r) => !keep.has(r.id))
        .delete()
      await table.bulkPut(rows)
    }
    await db.codeLists.bulkPut(fetched.codeLists)
    await db.meta.put({ key: META_REFRESHED(owner), value: at })
  })
  return at
}

/** When the owner's worklist was last refreshed on this device (device clock), if ever. */
export async function lastRefreshed(owner: string): Promise<string | undefined> {
  const value = (await offlineDb().meta.get(META_REFRESHED(owner)))?.value
  return typeof value === 'string' ? value : undefined
}
