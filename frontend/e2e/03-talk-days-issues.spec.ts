// Talk days and issues, in a new community and grid with their grid worker (made through the API): the street-admin
// schedules a talk day for today, enters three issues in its batch intake, accepts one and assigns it to the grid
// worker; the grid worker starts and resolves it; the street-admin (its first-responsible person) records the
// resident's satisfaction, which closes it; the statistics count it.
import type { Locator } from '@playwright/test'
import { beijingToday, expect, newRun, STREET_ADMIN, test, type World } from './fixtures'
import type { Story } from './support/story'

test.describe.configure({ mode: 'serial' })

const run = newRun()
let world: World
let issueUrl = ''

const talk = {
  topic: `E2E说事${run.stamp}`,
  place: '社区党群服务中心二楼会议室',
  hosts: `社区书记、网格员${run.workerName}`,
  date: beijingToday(),
  issues: [
    { reporter: `赵${run.stamp.slice(-2)}`, text: `E2E${run.stamp} 3号楼2单元停水两天`, grid: run.grid },
    { reporter: `钱${run.stamp.slice(-2)}`, text: `E2E${run.stamp} 楼道灯不亮已一周` },
    { reporter: `孙${run.stamp.slice(-2)}`, text: `E2E${run.stamp} 垃圾清运不及时` },
  ],
}

/** Waits until the open issue shows `status` (the tag in its header). */
async function issueStatus(app: Story, status: string): Promise<void> {
  await app.page
    .locator(`[data-testid="issue-detail"] [data-testid="issue-status"][data-status="${status}"]`)
    .waitFor({ timeout: 20_000 })
}

/** Performs a workflow action on the open issue through its dialog; `fill` enters what the action needs. */
async function issueAction(
  app: Story,
  action: string,
  fill: (form: Locator) => Promise<unknown> = async () => undefined,
): Promise<void> {
  await app.byTestId(`action-${action}`).click()
  const form = app.byTestId('issue-action-form')
  await form.waitFor()
  await fill(form)
  await app.screenshot(`issue-action-${action.toLowerCase()}`)
  await app.byTestId('action-submit').click()
  await form.waitFor({ state: 'hidden', timeout: 20_000 })
}

test.beforeAll(async ({ adminApi }) => {
  world = await adminApi.world(run)
})

test('the street-admin logs in and sees the talk day, issue and statistics menus', async ({ app }) => {
  await app.page.goto('/', { waitUntil: 'domcontentloaded' })
  await app.signIn(STREET_ADMIN)
  await app.waitForApp()
  await app.byTestId('menu-talk-days').waitFor()
  await app.byTestId('menu-issues').waitFor()
  await app.byTestId('menu-issue-stats').waitFor()
})

test('the street-admin schedules a talk day for the new community today', async ({ app }, testInfo) => {
  const { page } = app
  await app.byTestId('menu-talk-days').click()
  await page.waitForURL(/\/talk-days$/)
  await app.byTestId('talk-day-calendar').waitFor()
  await app.screenshot('talk-days')
  await app.checkA11y(testInfo, 'talk days')
  await app.byTestId('talk-day-create').click()
  const form = app.byTestId('talk-day-form')
  await form.waitFor()
  await app.choose('talk-day-community', run.community)
  const date = page.locator('[data-testid="talk-day-date"] input')
  await date.fill(talk.date)
  await date.press('Enter')
  await page.locator('input[data-testid="talk-day-place"]').fill(talk.place)
  await page.locator('input[data-testid="talk-day-topic"]').fill(talk.topic)
  await page.locator('input[data-testid="talk-day-hosts"]').fill(talk.hosts)
  await app.screenshot('talk-day-schedule')
  await app.byTestId('talk-day-submit').click()
  await page.waitForURL(/\/talk-days\/\d+$/)
  await app.byTestId('talk-day-title').filter({ hasText: run.community }).waitFor()
  await app.byTestId('batch-intake').waitFor()
  await app.screenshot('talk-day-session')
  await app.checkA11y(testInfo, 'talk day detail')
})

test('three issues are entered in the batch intake, which keeps the category and clears the reporter', async ({
  app,
}) => {
  const { page } = app
  for (const [i, issue] of talk.issues.entries()) {
    if (i === 0) await app.choose('intake-category', '供水')
    if (issue.grid) await app.choose('location-area', issue.grid)
    const reporter = page.locator('input[data-testid="reporter-name"]')
    await reporter.fill(issue.reporter)
    const text = page.locator('textarea[data-testid="intake-description"]')
    await text.fill(issue.text)
    if (i === 0) await app.screenshot('intake-filled')
    await text.press('Enter') // Enter in the text saves
    await page.locator('[data-testid="talk-day-issues"] tbody tr', { hasText: issue.text }).waitFor({ timeout: 20_000 })
    expect(await reporter.inputValue(), 'the reporter is cleared after a save').toBe('')
    expect(await text.inputValue(), 'the text is cleared after a save').toBe('')
    expect(await app.byTestId('intake-category').first().textContent(), 'the category is kept').toContain('供水')
  }
  await expect(
    page.locator('[data-testid="talk-day-issues"] tbody tr', { hasText: `E2E${run.stamp}` }),
    'three issues listed for the session',
  ).toHaveCount(3)
  await expect(app.byTestId('intake-count'), 'the intake counts three').toContainText('3')
  await expect(app.byTestId('talk-day-issue-count'), 'the session counts three issues').toHaveText('3')
  await app.screenshot('intake-done')
})

test('the issue list finds the three issues of the session', async ({ app }, testInfo) => {
  const back = app.page.url()
  await app.page.goto(`/issues?q=${encodeURIComponent(`E2E${run.stamp}`)}`, { waitUntil: 'domcontentloaded' })
  await expect(app.page.locator('[data-testid="issue-table"] tbody tr')).toHaveCount(3)
  await app.screenshot('issues')
  await app.checkA11y(testInfo, 'issues')
  await app.page.goto(back, { waitUntil: 'domcontentloaded' })
  await app.byTestId('talk-day-issues').waitFor()
})

test('the street-admin accepts the first issue and assigns it to the grid worker', async ({ app }, testInfo) => {
  const { page } = app
  await page
    .locator('[data-testid="talk-day-issues"] tbody tr', { hasText: talk.issues[0]!.text })
    .locator('a[data-testid="issue-number"]')
    .click()
  await page.waitForURL(/\/issues\/\d+$/)
  issueUrl = page.url()
  await issueStatus(app, 'RECEIVED')
  await expect(
    page.locator('[data-testid="issue-actions"] [data-testid="action-START"]'),
    'no start before the issue is assigned',
  ).toHaveCount(0)
  await app.screenshot('issue-received')
  await app.checkA11y(testInfo, 'issue detail')
  await issueAction(app, 'ACCEPT', (form) =>
    form.locator('textarea[data-testid="action-comment"]').fill('情况属实，予以受理'),
  )
  await issueStatus(app, 'ACCEPTED')
  await issueAction(app, 'ASSIGN', () => app.choose('action-handler', world.worker.displayName))
  await issueStatus(app, 'ASSIGNED')
  await app.byTestId('issue-handler').filter({ hasText: world.worker.displayName }).waitFor()
  await app
    .byTestId('issue-timeline')
    .filter({ hasText: `承办人：${world.worker.displayName}` })
    .waitFor()
  await app.screenshot('issue-assigned')
})

test('the grid worker starts and resolves the issue', async ({ app }) => {
  const { page } = app
  await app.logout()
  await app.signIn(world.worker)
  await app.waitForApp()
  await page.goto(issueUrl, { waitUntil: 'domcontentloaded' })
  await issueStatus(app, 'ASSIGNED')
  await expect(
    page.locator('[data-testid="issue-actions"] [data-testid="action-ASSIGN"]'),
    'a grid worker does not assign',
  ).toHaveCount(0)
  await issueAction(app, 'START')
  await issueStatus(app, 'IN_PROGRESS')
  await issueAction(app, 'RESOLVE', (form) =>
    form.locator('textarea[data-testid="action-comment"]').fill('已联系物业维修供水管道，恢复供水'),
  )
  await issueStatus(app, 'RESOLVED')
  await app.screenshot('issue-resolved')
})

test('the street-admin, the first-responsible person, records 满意, which closes the issue', async ({ app }) => {
  await app.logout()
  await app.signIn(STREET_ADMIN)
  await app.waitForApp()
  await app.page.goto(issueUrl, { waitUntil: 'domcontentloaded' })
  await issueStatus(app, 'RESOLVED')
  await issueAction(app, 'CLOSE', () => app.byTestId('satisfaction-SATISFIED').click())
  await issueStatus(app, 'CLOSED')
  await expect(app.byTestId('issue-satisfaction'), 'the satisfaction is shown').toHaveText('满意')
  await app.byTestId('issue-timeline').filter({ hasText: '评价：满意' }).waitFor()
  await app.screenshot('issue-closed')
})

test('the statistics count the closed issue', async ({ app }, testInfo) => {
  await app.byTestId('menu-issue-stats').click()
  await app.page.waitForURL(/\/issues\/stats/)
  const line = app.byTestId('stats-report-line')
  await line.waitFor({ timeout: 30_000 })
  const report = (await line.textContent()) ?? ''
  const closedInLine = Number(/办结(\d+)项/.exec(report)?.[1] ?? 0)
  expect(closedInLine, `the report line counts the closed issue, got "${report}"`).toBeGreaterThanOrEqual(1)
  const closedKpi = Number(
    (await app.page.locator('[data-testid="kpi-closed"] [data-testid="kpi-value"]').textContent())?.trim(),
  )
  expect(closedKpi, 'the 办结 card matches the report line').toBe(closedInLine)
  const received = Number(
    (await app.page.locator('[data-testid="kpi-received"] [data-testid="kpi-value"]').textContent())?.trim(),
  )
  expect(received, 'the three issues are received this month').toBeGreaterThanOrEqual(3)
  await app.screenshot('issue-stats')
  await app.checkA11y(testInfo, 'stats')
})

test('the issue categories offer 供水, the category the intake used', async ({ app }, testInfo) => {
  await app.byTestId('menu-settings').click()
  await app.byTestId('menu-issue-categories').click()
  await app.page.waitForURL(/\/settings\/issue-categories/)
  await app.byTestId('issue-category-table').locator('tbody tr', { hasText: '供水' }).first().waitFor()
  await app.screenshot('issue-categories')
  await app.checkA11y(testInfo, 'categories')
})
