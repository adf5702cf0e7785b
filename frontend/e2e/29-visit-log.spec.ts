// The visit log (desktop): the run's grid worker records a visit with a finding through the API (as the phone would),
// then finds it in the office visit log filtered by the run's grid (in the address), opens it (device and server
// times, the location with its accuracy, what it counted for) and follows the link to the issue it raised.
import { expect, newRun, test, type World } from './fixtures'

test.describe.configure({ mode: 'serial' })

const run = newRun()
let world: World
let householdId = 0
let categoryId = 0

test.beforeAll(async ({ adminApi }) => {
  world = await adminApi.world(run)
  const { body: household } = await adminApi.call<{ household: { id: number } }>('POST', '/api/households', {
    gridId: world.grid.id,
    address: `走访路${run.stamp.slice(-5)}号`,
    housingType: 'OWNED',
  })
  householdId = household.household.id
  const { body: categories } = await adminApi.call<{ id: number; code: string }[]>('GET', '/api/issue-categories')
  categoryId = categories.find((c) => c.code === 'OTHER')!.id
})

test('a grid worker’s visit with a finding is in the log by grid, and links to its issue', async ({
  app,
}, testInfo) => {
  let bearer = ''
  app.page.on('request', (r) => {
    const header = r.headers()['authorization']
    if (header?.startsWith('Bearer ')) bearer = header
  })
  await app.page.goto('/visits', { waitUntil: 'domcontentloaded' })
  await app.signIn(world.worker)
  await app.byTestId('visit-log').waitFor()
  await expect.poll(() => bearer, { message: 'the app calls the API with a bearer token' }).not.toBe('')

  const { visitId, issueId } = await test.step('record a visit with a finding through the API', async () => {
    const response = await app.page.request.post('/api/visits', {
      headers: { Authorization: bearer, 'Accept-Language': 'zh-CN' },
      data: {
        householdId,
        mode: 'IN_HOME',
        outcome: 'COMPLETED',
        visitedAt: new Date().toISOString(),
        location: { latitude: 31.2304, longitude: 121.4737, accuracyMeters: 18 },
        notes: '老人独居，行动不便',
        findings: [{ categoryId, description: '楼道灯损坏，夜间出行不便', urgency: 'NORMAL' }],
        clientRef: `e2e-${run.stamp}`,
      },
    })
    expect(response.status(), await response.text()).toBe(201)
    const visit = (await response.json()) as { id: number; issues: { id: number }[] }
    return { visitId: visit.id, issueId: visit.issues[0]!.id }
  })

  await test.step('the log filtered by the run’s grid shows it', async () => {
    await app.page.goto(`/visits?areaId=${world.grid.id}`, { waitUntil: 'domcontentloaded' })
    const table = app.byTestId('visit-table')
    await table.waitFor()
    await expect(table.locator('.el-table__row')).toHaveCount(1)
    await expect(table).toContainText(world.worker.displayName)
    await app.screenshot('visit-log')
    await app.checkA11y(testInfo, 'visit-log')
  })

  await test.step('the visit opens with its times, location and issue', async () => {
    await app.byTestId(`visit-link-${visitId}`).click()
    await app.page.waitForURL(new RegExp(`/visits/${visitId}$`))
    await expect(app.byTestId('visit-location')).toContainText('18')
    await expect(app.byTestId('visit-visitor')).toHaveText(world.worker.displayName)
    await expect(app.byTestId('visit-counting-note')).toBeVisible()
    await app.screenshot('visit-detail')
    await app.checkA11y(testInfo, 'visit-detail')
  })

  await test.step('the issue link leads to the issue, which knows its visit', async () => {
    await app.byTestId(`visit-issue-link-${issueId}`).click()
    await app.page.waitForURL(new RegExp(`/issues/${issueId}$`))
    await app.byTestId('issue-detail').waitFor()
    await expect(app.byTestId('issue-visit')).toContainText(String(visitId))
  })
})
