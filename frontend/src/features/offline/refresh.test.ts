// @vitest-environment node
import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, it } from 'vitest'
import { CODE_LISTS, REFRESH_CAPS, RefreshFailed, lastRefreshed, refreshWorklist } from './refresh'
import {
  offlineCodeList,
  offlineHousehold,
  offlineHouseholds,
  offlineIssue,
  offlineIssues,
  offlineObligations,
} from './worklist'
import { json, offlineTestbed, problem, type SeenRequest } from './testing'

const WANG = 'wang'
let bed: ReturnType<typeof offlineTestbed>

/** The server's view of the worker's world, changed by each test between refreshes. */
interface World {
  obligations: { id: number; household: { id: number } }[]
  households: number[]
  gone: Set<number>
  issues: { id: number; version: number }[]
  failOn?: string
}
let world: World

function serve(r: SeenRequest) {
  const url = new URL(r.path, 'http://x')
  if (world.failOn && url.pathname === world.failOn) return 'network' as const
  if (url.pathname === '/api/visit-obligations/mine')
    return json({ items: world.obligations, total: world.obligations.length })
  if (url.pathname === '/api/visit-households') {
    const page = Number(url.searchParams.get('page'))
    const size = Number(url.searchParams.get('size'))
    const items = world.households.slice(page * size, (page + 1) * size).map((id) => ({ id }))
    return json({ items, page, size, total: world.households.length })
  }
  const household = /^\/api\/visit-households\/(\d+)$/.exec(url.pathname)
  if (household) {
    const id = Number(household[1])
    return world.gone.has(id) ? problem(404) : json({ id, address: `${id} 号`, members: [{ name: '王*' }] })
  }
  if (url.pathname === '/api/issues')
    return json({ items: world.issues.map(({ id }) => ({ id })), total: world.issues.length })
  const issue = /^\/api\/issues\/(\d+)$/.exec(url.pathname)
  if (issue) {
    const found = world.issues.find((i) => i.id === Number(issue[1]))
    return found ? json({ issue: { id: found.id } }, 200, { ETag: `"${found.version}"` }) : problem(404)
  }
  if (url.pathname === '/api/issue-categories') return json([{ id: 1, name: '环境卫生' }])
  if (url.pathname === '/api/areas/tree') return json([{ id: 1, name: '一网格' }])
  return undefined
}

beforeEach(() => {
  bed = offlineTestbed()
  bed.on(serve)
  world = {
    obligations: [
      { id: 11, household: { id: 1 } },
      { id: 12, household: { id: 2 } },
    ],
    households: [2, 3],
    gone: new Set(),
    issues: [
      { id: 41, version: 3 },
      { id: 42, version: 1 },
    ],
  }
})

describe('worklist refresh', () => {
  it('keeps the due visits, their households and the worker’s, the open issues with their ETags and the code lists', async () => {
    const at = await refreshWorklist(WANG, new Date('2026-12-05T09:00:00Z'))

    expect((await offlineObligations(WANG)).map((o) => o.id)).toEqual([11, 12])
    expect((await offlineHouseholds(WANG)).map((h) => h.id).sort()).toEqual([1, 2, 3])
    expect(await offlineHousehold(WANG, 1)).toEqual({ id: 1, address: '1 号', members: [{ name: '王*' }] })
    expect(await offlineIssue(WANG, 41)).toEqual({ issue: { issue: { id: 41 } }, etag: '"3"' })
    expect(await offlineCodeList(WANG, CODE_LISTS.issueCategories)).toEqual([{ id: 1, name: '环境卫生' }])
    expect(await offlineCodeList(WANG, CODE_LISTS.areaTree)).toEqual([{ id: 1, name: '一网格' }])
    expect(await lastRefreshed(WANG)).toBe(at)
    // the issues asked for: the caller's, open ones only
    const list = new URL(bed.requests.find((r) => r.path.startsWith('/api/issues?'))!.path, 'http://x')
    expect(list.searchParams.get('involvingMe')).toBe('true')
    expect(list.searchParams.getAll('status').sort()).toEqual(['ACCEPTED', 'ASSIGNED', 'IN_PROGRESS', 'RECEIVED'])
    // each household card once, though household 2 is both due and the worker's
    expect(bed.requests.filter((r) => r.path === '/api/visit-households/2')).toHaveLength(1)
  })

  it('purges what the server no longer returns: a household out of scope, a done visit, a closed issue', async () => {
    await refreshWorklist(WANG)
    world.obligations = [{ id: 12, household: { id: 2 } }]
    world.households = [2]
    world.gone.add(3)
    world.issues = [{ id: 41, version: 4 }]
    await bed.db.households.put({ owner: 'li', id: 3, data: { id: 3 }, fetchedAt: 'x' })

    await refreshWorklist(WANG)

    expect((await offlineObligations(WANG)).map((o) => o.id)).toEqual([12])
    expect((await offlineHouseholds(WANG)).map((h) => h.id)).toEqual([2])
    expect((await offlineIssues(WANG)).map((i) => (i as unknown as { issue: { id: number } }).issue.id)).toEqual([41])
    expect((await offlineIssue(WANG, 41))?.etag).toBe('"4"')
    // another worker's rows are theirs
    expect(await offlineHousehold('li', 3)).toEqual({ id: 3 })
  })

  it('a refresh that cannot finish changes nothing', async () => {
    const first = await refreshWorklist(WANG, new Date('2026-12-05T09:00:00Z'))
    world.households = []
    world.issues = []
    world.failOn = '/api/areas/tree'

    await expect(refreshWorklist(WANG)).rejects.toBeInstanceOf(RefreshFailed)

    expect((await offlineHouseholds(WANG)).map((h) => h.id).sort()).toEqual([1, 2, 3])
    expect(await offlineIssues(WANG)).toHaveLength(2)
    expect(await lastRefreshed(WANG)).toBe(first)
  })

  it('stays bounded: household pages and cards up to their caps, a few requests at a time', async () => {
    world.obligations = []
    world.households = Array.from({ length: 1000 }, (_, i) => i + 1)
    await refreshWorklist(WANG)
    const pages = bed.requests.filter((r) => r.path.startsWith('/api/visit-households?'))
    expect(pages.length).toBeLessThanOrEqual(REFRESH_CAPS.householdPages)
    expect(await offlineHouseholds(WANG)).toHaveLength(REFRESH_CAPS.households)
    expect(bed.maxInFlight).toBeLessThanOrEqual(REFRESH_CAPS.concurrency)
  })
})
