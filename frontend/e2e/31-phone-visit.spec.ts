// A visit on the phone (project `phone`): the grid worker finds a household of their grid in 我的住户, opens its card,
// records a completed visit with the member seen, a need, a photo and a finding, and sees the result page with the
// number of the issue the finding raised. The household and its head are made through the API as the street-admin.
import { expect, newRun, test, type World } from './fixtures'
import { png } from './support/png'
import { idCard } from './support/xlsx'

test.describe.configure({ mode: 'serial' })

const run = newRun()
let world: World
let householdId = 0
let headId = 0

test.beforeAll(async ({ adminApi }) => {
  world = await adminApi.world(run)
  const { body: household } = await adminApi.call<{ household: { id: number } }>('POST', '/api/households', {
    gridId: world.grid.id,
    address: run.address,
    housingType: 'OWNED',
    tags: ['EMPTY_NEST'],
  })
  householdId = household.household.id
  const seq = Date.now() % 1000
  const { body: resident } = await adminApi.call<{ resident: { id: number } }>('POST', '/api/residents', {
    householdId,
    name: run.head,
    idCard: idCard('110106', '19480312', seq - (seq % 2) + 1),
    ethnicity: '01',
    relation: 'HEAD',
    registrationType: 'LOCAL',
    tags: ['ELDERLY_ALONE'],
  })
  headId = resident.resident.id
})

test('the grid worker finds the household in 我的住户 and opens its card', async ({ app }, testInfo) => {
  await app.page.goto('/m', { waitUntil: 'domcontentloaded' })
  await app.signIn(world.worker)
  await app.page.waitForURL(/\/m$/)
  await app.byTestId('mobile-visit-households-entry').tap()
  await app.page.waitForURL(/\/m\/visits\/households$/)
  const box = app.page.locator('[data-testid="mobile-visit-households-search"] input')
  await box.fill(run.address)
  await box.press('Enter')
  const row = app.byTestId(`mobile-visit-household-${householdId}`)
  await expect(row).toContainText(run.address)
  await expect(row).toContainText(run.head)
  await row.tap()
  await app.page.waitForURL(new RegExp(`/m/visits/households/${householdId}$`))
  await expect(app.byTestId('mobile-visit-household-address')).toHaveText(run.address)
  await expect(app.page.locator('h1')).toHaveText('住户卡片')
  await app.screenshot('visit-household-card')
  await app.checkA11y(testInfo, 'phone household card')
})

test('records a completed visit with a photo and a finding, and sees what it raised', async ({ app }, testInfo) => {
  await app.byTestId('mobile-visit-record').tap()
  await app.page.waitForURL(new RegExp(`/m/visits/new\\?householdId=${householdId}$`))
  await app.byTestId('visit-mode-IN_HOME').waitFor()
  await app.byTestId(`visit-member-${headId}`).tap()
  await app.byTestId('visit-living-FAIR').tap()
  await app.byTestId('visit-need-MEDICAL').tap()
  await app.page.locator('[data-testid="visit-notes"] textarea').fill('老人身体尚可，腿脚不便')
  await app.page
    .locator('[data-testid="visit-photos"] input[type="file"]')
    .setInputFiles({ name: 'door.png', mimeType: 'image/png', buffer: png(32, [192, 57, 43]) })
  await expect(app.page.locator('[data-testid="visit-photos"] .van-uploader__preview')).toHaveCount(1)

  await app.byTestId('visit-add-finding').tap()
  await app.byTestId('visit-finding-0-category').tap()
  await app.page.locator('.van-picker__confirm').tap()
  await app.page.locator('[data-testid="visit-finding-0-description"] textarea').fill(`楼道扶手松动${run.stamp}`)
  await app.screenshot('visit-form')
  await app.checkA11y(testInfo, 'phone visit form')

  await app.byTestId('visit-submit').tap()
  await app.page.waitForURL(/\/m\/visits\/\d+\/done$/)
  await expect(app.page.locator('h1')).toHaveText('走访已保存')
  const issue = app.page.locator('[data-testid^="visit-done-issue-"]')
  await expect(issue).toHaveCount(1)
  await expect(issue).toContainText(/问题 #\d+/)
  await expect(issue).toContainText(`楼道扶手松动${run.stamp}`)
  await expect(app.byTestId('visit-done-photos')).toContainText('1')
  await app.screenshot('visit-done')
  await app.checkA11y(testInfo, 'phone visit result')

  await app.byTestId('visit-done-back').tap()
  await app.page.waitForURL(/\/m\/visits$/)
})
