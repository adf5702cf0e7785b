// Party-member reports (党员报到) on the desktop: the street-admin enters a new person's report for the run's
// community on the 党员报到 page (the server registers the person as a volunteer), finds it in the list narrowed to the
// community and the person's name (other specs fill the database), confirms it (ACTIVE at once: this year's), then
// transfers it to a second community of the sub-district, where a new report waits for confirmation.
import { expect, newRun, STREET_ADMIN, test, type World } from './fixtures'
import type { AreaRef } from './support/admin-api'
import { idCardFromKey } from './support/xlsx'

test.describe.configure({ mode: 'serial' })

const run = newRun()
const name = `报到${run.stamp.slice(-4)}`
const employer = `区财政局${run.stamp}`
let world: World
let other: AreaRef

test.beforeAll(async ({ adminApi }) => {
  world = await adminApi.world(run)
  other = await adminApi.area('COMMUNITY', world.subDistrict.id, `${run.community}乙`, `C2-${run.stamp}`)
})

test('the street-admin enters a new person’s report and confirms it', async ({ app }, testInfo) => {
  const { page } = app
  await page.goto('/', { waitUntil: 'domcontentloaded' })
  await app.signIn(STREET_ADMIN)
  await app.waitForApp()
  await app.byTestId('menu-party-building').click()
  await app.byTestId('menu-party-reports').click()
  await page.waitForURL(/\/party-reports/)

  await app.byTestId('party-report-create').click()
  const form = app.byTestId('party-report-form')
  await form.waitFor()
  await page.locator('[data-testid="party-report-community"]').first().click()
  await page.locator(`.area-picker-popper [data-testid="area-option-${world.community.id}"]:visible`).click()
  await app.byTestId('party-report-who-person').click()
  await page.locator('input[data-testid="party-report-name"]').fill(name)
  await page
    .locator('input[data-testid="party-report-id-card"]')
    .fill(idCardFromKey(Number.parseInt(run.stamp.slice(-6), 36) + 33))
  await page.locator('input[data-testid="party-report-employer"]').fill(employer)
  await app.choose('party-report-employer-type', '机关')
  await app.screenshot('party-report-create')
  await app.byTestId('party-report-save').click()
  await form.waitFor({ state: 'hidden', timeout: 20_000 })

  // the address holds the filters: the community and the name
  await page.goto(`/party-reports?area=${world.community.id}&q=${encodeURIComponent(name)}`)
  const row = page.locator('[data-testid="party-report-table"] tbody tr', { hasText: name })
  await expect(row).toHaveCount(1)
  await expect(row).toContainText(employer)
  await expect(row).toContainText('待确认')
  await app.checkA11y(testInfo, 'party reports')

  await row.getByRole('button', { name }).click()
  const drawer = app.byTestId('party-report-drawer')
  await expect(app.byTestId('party-report-detail-name')).toHaveText(name)
  await app.byTestId('party-report-confirm').click()
  await page.locator('.el-message-box').getByRole('button', { name: '确认' }).click()
  await expect(app.byTestId('party-report-detail-status')).toHaveText('在岗')
  await app.screenshot('party-report-confirmed')
  await expect(drawer).toBeVisible()
  await expect(row).toContainText('在岗')
})

test('the report is transferred to another community, where a new one waits', async ({ app, adminApi }) => {
  const { page } = app
  await app.byTestId('party-report-transfer').click()
  const form = app.byTestId('party-report-step-form')
  await form.waitFor()
  await app.choose('party-report-transfer-community', other.name)
  await page.locator('textarea[data-testid="party-report-reason"]').fill('搬家至新社区')
  await app.byTestId('party-report-step-save').click()
  await form.waitFor({ state: 'hidden', timeout: 20_000 })
  await expect(app.byTestId('party-report-detail-status')).toHaveText('已转出')

  await page.goto(`/party-reports?area=${other.id}&q=${encodeURIComponent(name)}`)
  const row = page.locator('[data-testid="party-report-table"] tbody tr', { hasText: name })
  await expect(row).toHaveCount(1)
  await expect(row).toContainText('待确认')
  await row.getByRole('button', { name }).click()
  await expect(app.byTestId('party-report-history')).toContainText('已转出')

  const { body } = await adminApi.call<{ items: { status: string; previousId: number | null }[] }>(
    'GET',
    `/api/party-reports?areaId=${other.id}&q=${encodeURIComponent(name)}`,
  )
  expect(body.items).toEqual([expect.objectContaining({ status: 'SUBMITTED', previousId: expect.any(Number) })])
})
