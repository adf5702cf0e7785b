// The grid worker's phone in a basement (issue 17, project `phone`): signed in with a network, the phone keeps the
// worklist; offline the worker records a visit with a photo and raises an issue, both kept in the outbox (2 not sent);
// a reload while offline still opens the app and its outbox (the service worker); back online the outbox drains and,
// through the API, the visit and the issue exist exactly once. Then a forced conflict: the worker starts an issue
// offline while the street-admin escalates it; back online the action lands in "conflict", shown on /m/outbox with
// both versions. The household, its obligation (a seven-day rule) and the issue are made through the API.
import type { Page } from '@playwright/test'
import { beijingToday, expect, newRun, test, type World } from './fixtures'
import { png } from './support/png'
import { idCard } from './support/xlsx'

test.describe.configure({ mode: 'serial' })

const run = newRun()
let world: World
let householdId = 0
let issueId = 0
const visitNote = `地下室走访${run.stamp}`
const report = `地下室渗水${run.stamp}`
const visitLabel = `走访 ${run.address}`
const reportLabel = `上报：${report}`

/** The owner's rows of a table of the phone's own database (IndexedDB `gridwork`, as the offline feature keeps it). */
async function deviceRows(page: Page, table: string): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    async ({ table, owner }) => {
      if (!(await indexedDB.databases()).some((d) => d.name === 'gridwork')) return []
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('gridwork')
        open.onsuccess = () => resolve(open.result)
        open.onerror = () => reject(open.error)
      })
      try {
        if (!db.objectStoreNames.contains(table)) return []
        const rows = await new Promise<Record<string, unknown>[]>((resolve, reject) => {
          const all = db.transaction(table).objectStore(table).getAll()
          all.onsuccess = () => resolve(all.result as Record<string, unknown>[])
          all.onerror = () => reject(all.error)
        })
        // photos hold blobs: only what can cross into the test
        return rows.filter((r) => r.owner === owner).map((r) => ({ ...r, blob: undefined }))
      } finally {
        db.close()
      }
    },
    { table, owner: world.worker.username },
  )
}

const outbox = (page: Page) => deviceRows(page, 'outbox')
/** The states of the items with this label; none while the page is between two loads (the sign-in on return). */
const states = async (page: Page, label: string) => {
  try {
    return (await outbox(page)).filter((i) => i.label === label).map((i) => i.state)
  } catch (e) {
    if (String(e).includes('Execution context was destroyed')) return []
    throw e
  }
}

test.beforeAll(async ({ adminApi }) => {
  world = await adminApi.world(run)
  const { body: household } = await adminApi.call<{ household: { id: number } }>('POST', '/api/households', {
    gridId: world.grid.id,
    address: run.address,
    housingType: 'OWNED',
    tags: [],
  })
  householdId = household.household.id
  const seq = Date.now() % 1000
  await adminApi.call('POST', '/api/residents', {
    householdId,
    name: run.head,
    idCard: idCard('110106', '19510421', seq - (seq % 2) + 1),
    ethnicity: '01',
    relation: 'HEAD',
    registrationType: 'LOCAL',
    tags: [],
  })
  // a due visit, so that the household is on the worker's worklist
  const { body: rule } = await adminApi.call<{ id: number }>('POST', '/api/visit-rules', {
    subDistrictId: world.subDistrict.id,
    name: `离线走访${run.stamp.slice(-6)}`,
    target: 'ALL_HOUSEHOLDS',
    responsible: 'GRID_WORKER',
    periodKind: 'EVERY_N_DAYS',
    periodDays: 7,
    anchorDate: beijingToday(),
    visitsRequired: 1,
    modes: ['IN_HOME', 'AT_DOOR'],
  })
  await adminApi.call('POST', `/api/visit-rules/${rule.id}/generate`)
  // an issue the worker handles (assigned to them), for the conflict
  issueId = await adminApi.otherIssue(world.grid.id, `楼道堆物${run.stamp}`, `赵${run.stamp.slice(-2)}`, 'PHONE')
  await adminApi.acceptAndAssign(issueId, world.worker.id)
})

test('signed in with a network, the phone keeps the worklist', async ({ app }) => {
  await app.page.goto('/m', { waitUntil: 'domcontentloaded' })
  await app.signIn(world.worker)
  await app.page.waitForURL(/\/m$/)
  const ids = async (table: string) => (await deviceRows(app.page, table)).map((r) => r.id)
  await expect.poll(() => ids('households'), { timeout: 60_000 }).toContain(householdId)
  await expect.poll(() => ids('issues'), { timeout: 60_000 }).toContain(issueId)
  await expect
    .poll(async () => (await deviceRows(app.page, 'codeLists')).map((r) => r.name), { timeout: 60_000 })
    .toContain('issueCategories')
  // the app shell is on the phone (service worker installed with its precache, and in control of the page)
  await app.page.evaluate(async () => void (await navigator.serviceWorker.ready))
  await expect.poll(() => app.page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 60_000 }).toBe(true)

  // the pages used offline are opened once with the network (their code is then in the page)
  for (const [tile, url] of [
    ['mobile-todo', /\/m\/issues/],
    ['mobile-visits-entry', /\/m\/visits$/],
  ] as const) {
    await app.byTestId(tile).tap()
    await app.page.waitForURL(url)
    await app.page.goBack()
    await app.page.waitForURL(/\/m$/)
  }
  await app.byTestId('mobile-report').tap()
  await app.page.waitForURL(/\/m\/issues\/new$/)
  await app.byTestId('issue-category').waitFor()
  await app.page.goBack()
  await app.page.waitForURL(/\/m$/)
  await app.byTestId('mobile-visit-households-entry').tap()
  const box = app.page.locator('[data-testid="mobile-visit-households-search"] input')
  await box.fill(run.address)
  await box.press('Enter')
  await app.byTestId(`mobile-visit-household-${householdId}`).tap()
  await app.page.waitForURL(new RegExp(`/m/visits/households/${householdId}$`))
  await app.byTestId('mobile-visit-record').tap()
  await app.byTestId('visit-mode-IN_HOME').waitFor()
  await app.page.goBack()
  await app.page.waitForURL(new RegExp(`/m/visits/households/${householdId}$`))
})

test('offline, a visit with a photo and an issue are kept on the phone: 2 not sent', async ({ app }) => {
  await app.page.context().setOffline(true)

  await app.byTestId('mobile-visit-record').tap()
  await app.byTestId('visit-mode-IN_HOME').waitFor()
  await app.page.locator('[data-testid="visit-notes"] textarea').fill(visitNote)
  await app.page
    .locator('[data-testid="visit-photos"] input[type="file"]')
    .setInputFiles({ name: 'basement.png', mimeType: 'image/png', buffer: png(32, [43, 92, 192]) })
  await expect(app.page.locator('[data-testid="visit-photos"] .van-uploader__preview')).toHaveCount(1)
  await app.byTestId('visit-submit').tap()
  const saved = app.page.locator('.van-dialog')
  await expect(saved).toContainText('已保存在手机上，联网后自动发送')
  await saved.locator('.van-dialog__confirm').tap()
  await app.page.waitForURL(/\/m\/visits$/)
  await expect(app.byTestId('offline-note')).toContainText('离线数据，更新于')

  // back to the phone home, through the history (no reload)
  for (let i = 0; i < 4 && !/\/m$/.test(app.page.url()); i++) await app.page.goBack()
  await app.page.waitForURL(/\/m$/)
  await app.byTestId('mobile-report').tap()
  await app.page.waitForURL(/\/m\/issues\/new$/)
  await app.byTestId('issue-category').tap()
  await app.page.locator('.van-picker__confirm').tap()
  await app.page.locator('[data-testid="issue-description"] textarea').fill(report)
  await app.byTestId('reporter-mode-other').tap()
  await app.page.locator('[data-testid="issue-reporter-name"] input').fill(`钱${run.stamp.slice(-2)}`)
  await expect(app.page.locator('[data-testid="issue-location"] input')).toHaveValue(run.grid)
  await app.page
    .locator('[data-testid="issue-photos"] input[type="file"]')
    .setInputFiles({ name: 'leak.png', mimeType: 'image/png', buffer: png(32, [20, 120, 200]) })
  await app.byTestId('issue-submit').tap()
  await expect(saved).toContainText('已保存在手机上，联网后自动发送')
  await saved.locator('.van-dialog__confirm').tap()
  await app.page.waitForURL(/\/m\/issues(\?.*)?$/)

  expect(await states(app.page, visitLabel)).toEqual(['waiting'])
  expect(await states(app.page, reportLabel)).toEqual(['waiting'])
  expect((await outbox(app.page)).filter((i) => i.state !== 'sent')).toHaveLength(2)
})

test('a reload while offline still opens the app and its outbox', async ({ app }) => {
  // needs the service worker (the pwa part of issue 17)
  await app.page.reload({ waitUntil: 'domcontentloaded' })
  await app.page.goto('/m/outbox', { waitUntil: 'domcontentloaded' })
  await expect(app.page.getByText(visitLabel)).toBeVisible()
  await expect(app.page.getByText(reportLabel)).toBeVisible()
})

test('back online the outbox drains, and each record exists exactly once', async ({ app, adminApi }) => {
  await app.page.context().setOffline(false)
  await expect.poll(() => states(app.page, visitLabel), { timeout: 60_000 }).toEqual(['sent'])
  await expect.poll(() => states(app.page, reportLabel), { timeout: 60_000 }).toEqual(['sent'])

  const { body: visits } = await adminApi.call<{ items: { id: number }[]; total: number }>(
    'GET',
    `/api/visits?householdId=${householdId}&size=50`,
  )
  expect(visits.total).toBe(1)
  const { body: visit } = await adminApi.call<{ notes: string; photos: unknown[] }>(
    'GET',
    `/api/visits/${visits.items[0]!.id}`,
  )
  expect(visit.notes).toBe(visitNote)
  expect(visit.photos).toHaveLength(1)

  const { body: issues } = await adminApi.call<{ items: { id: number }[]; total: number }>(
    'GET',
    `/api/issues?q=${encodeURIComponent(report)}`,
  )
  expect(issues.total).toBe(1)
  const { body: raised } = await adminApi.call<{ description: string; photos: unknown[] }>(
    'GET',
    `/api/issues/${issues.items[0]!.id}`,
  )
  expect(raised.description).toBe(report)
  expect(raised.photos).toHaveLength(1)
})

test('an action made offline on an issue changed meanwhile lands in conflict, with both versions', async ({
  app,
  adminApi,
}) => {
  await app.page.goto(`/m/issues/${issueId}`, { waitUntil: 'domcontentloaded' })
  await expect(app.byTestId('issue-status')).toHaveText('已交办')
  await app.page.context().setOffline(true)
  await app.byTestId('issue-action-START').tap()
  await app.page.locator('[data-testid="action-comment"] textarea').fill('马上到现场')
  await app.byTestId('action-submit').tap()
  const pending = app.byTestId('issue-pending-action')
  await expect(pending).toContainText('待发送')

  // meanwhile the street-admin escalates the issue (a new version)
  const { etag } = await adminApi.call('GET', `/api/issues/${issueId}`)
  await adminApi.call('POST', `/api/issues/${issueId}/escalate`, { reason: '需街道协调' }, { 'If-Match': etag! })

  await app.page.context().setOffline(false)
  const onIssue = (i: Record<string, unknown>) =>
    i.kind === 'issue.action' && String(i.path).startsWith(`/api/issues/${issueId}/`)
  await expect
    .poll(async () => (await outbox(app.page)).filter(onIssue).map((i) => i.state), { timeout: 60_000 })
    .toEqual(['conflict'])
  await expect(pending).toContainText('有冲突')

  // both versions are kept with the item: the worker's action and the issue as the admin left it (escalated)
  const item = (await outbox(app.page)).find(onIssue)!
  const conflict = item.conflict as { mine: unknown; theirs: { issue?: { escalated?: boolean } } }
  expect(conflict.mine).toBeTruthy()
  expect(conflict.theirs.issue?.escalated).toBe(true)
  await pending.tap()
  await app.page.waitForURL(/\/m\/outbox$/)
  const shown = app.byTestId(`outbox-item-${item.id}`)
  await expect(shown.getByRole('heading', { name: String(item.label) })).toBeVisible()
  // the page shows the two versions side by side: the worker's and the issue as it is now
  await expect(shown.getByTestId('outbox-conflict')).toContainText('马上到现场')
  await expect(shown.getByTestId('outbox-conflict')).toContainText('上报街道')
})
