// Micro-wishes (微心愿) from the office and back (issue 16): the street-admin enters a wish of a registered household
// on the 微心愿 page and finds it in the list narrowed to the household's grid, beneficiary named; a volunteer of the
// community claims it on the phone (a phone-sized context of its own), sees whom to deliver to, and reports it done
// with a photo; the street-admin sees the photo and the note in the wish's detail and confirms it realised.
import type { BrowserContext, Page } from '@playwright/test'
import { expect, newRun, STREET_ADMIN, test, type Account, type World } from './fixtures'
import { BASE_URL } from './support/env'
import { signInOnKeycloak } from './support/keycloak'
import { png } from './support/png'
import { idCard } from './support/xlsx'

test.describe.configure({ mode: 'serial' })

const run = newRun()
const title = `一个新书包${run.stamp}`
const claimant: Account = { username: `wsh${run.stamp}`, password: `Ws-${run.stamp}-Pass1` }
/** The beneficiary as claimants see it before a claim: first and last character, the middle masked. */
const masked = [...run.head].map((c, i, all) => (i === 0 || i === all.length - 1 ? c : '*')).join('')
let world: World
let wishId = 0
let phoneContext: BrowserContext | undefined
let phone: Page

/** A remote select (the household): type into it and pick the option that shows `text`. */
async function pick(page: Page, testid: string, typed: string, text: string): Promise<void> {
  const input = page.locator(`[data-testid="${testid}"] input, input[data-testid="${testid}"]`).first()
  await input.click()
  await input.fill(typed)
  const option = page.locator('.el-select-dropdown__item:visible', { hasText: text }).first()
  await option.waitFor()
  await option.click()
}

test.beforeAll(async ({ adminApi, browser }) => {
  world = await adminApi.world(run)
  const { body: household } = await adminApi.call<{ household: { id: number } }>('POST', '/api/households', {
    gridId: world.grid.id,
    address: run.address,
    housingType: 'OWNED',
  })
  const seq = Date.now() % 1000
  await adminApi.call('POST', '/api/residents', {
    householdId: household.household.id,
    name: run.head,
    idCard: idCard('110106', '20150312', seq - (seq % 2) + 1),
    ethnicity: '01',
    relation: 'HEAD',
    registrationType: 'LOCAL',
  })
  const other = (seq + 500) % 1000
  const { body: created } = await adminApi.call<{ volunteer: { id: number } }>('POST', '/api/volunteers', {
    communityId: world.community.id,
    name: '心愿认领人',
    idCard: idCard('110105', '19880101', other - (other % 2) + 1),
  })
  const { body: login } = await adminApi.call<{ temporaryPassword: string }>(
    'POST',
    `/api/volunteers/${created.volunteer.id}/account`,
    { username: claimant.username },
  )
  claimant.temporaryPassword = login.temporaryPassword
  phoneContext = await browser.newContext({
    baseURL: BASE_URL,
    locale: 'zh-CN',
    viewport: { width: 375, height: 667 },
    isMobile: true,
    hasTouch: true,
  })
  phone = await phoneContext.newPage()
  phone.setDefaultTimeout(20_000)
})

test.afterAll(async () => {
  await phoneContext?.close()
})

const onPhone = (testid: string) => phone.locator(`[data-testid="${testid}"]`)

test('the street-admin enters a wish of the household and finds it in the grid', async ({
  app,
  adminApi,
}, testInfo) => {
  const { page } = app
  await page.goto('/', { waitUntil: 'domcontentloaded' })
  await app.signIn(STREET_ADMIN)
  await app.waitForApp()
  await app.byTestId('menu-party-building').click()
  await app.byTestId('menu-micro-wishes').click()
  await page.waitForURL(/\/micro-wishes/)
  await app.byTestId('wish-create').click()
  const form = app.byTestId('wish-form')
  await form.waitFor()
  await pick(page, 'wish-household', run.address, run.address)
  await app.choose('wish-category', '学习用品')
  await page.locator('input[data-testid="wish-title"]').fill(title)
  await app.screenshot('micro-wish-create')
  await app.byTestId('wish-save').click()
  await form.waitFor({ state: 'hidden', timeout: 20_000 })

  const { body } = await adminApi.call<{ items: { id: number }[] }>(
    'GET',
    `/api/micro-wishes?areaId=${world.grid.id}&q=${encodeURIComponent(title)}`,
  )
  wishId = body.items[0]!.id
  // The address holds the filters: the household's grid and the wish's state.
  await page.goto(`/micro-wishes?area=${world.grid.id}&status=PUBLISHED`)
  const row = page.locator('[data-testid="wish-table"] tbody tr', { hasText: title })
  await expect(row).toHaveCount(1)
  await expect(row).toContainText(run.head)
  await expect(row).toContainText('待认领')
  await app.byTestId(`wish-row-${wishId}`).click()
  await expect(app.byTestId('wish-detail-beneficiary')).toHaveText(run.head)
  await expect(app.byTestId('wish-detail')).toContainText(masked)
  await app.screenshot('micro-wishes')
  await app.checkA11y(testInfo, 'micro-wishes')
})

test('a volunteer of the community claims it on the phone and reports it done with a photo', async () => {
  await phone.goto('/m/wishes', { waitUntil: 'domcontentloaded' })
  await signInOnKeycloak(phone, claimant)
  await phone.waitForURL(/\/m\/wishes/)
  const card = onPhone(`mobile-wish-${wishId}`)
  await expect(card).toContainText(title)
  await expect(card).toContainText(masked)
  await expect(card).not.toContainText(run.head)
  await expect(card).not.toContainText(run.address)
  await onPhone(`mobile-wish-claim-${wishId}`).tap()
  await phone.locator('.van-dialog__confirm').tap()
  await phone.waitForURL(/tab=mine/)
  const claim = phone.locator('[data-testid^="mobile-claim-"]', { hasText: title }).first()
  await expect(claim.locator('[data-testid="mobile-claim-beneficiary"]')).toHaveText(run.head)
  await expect(claim).toContainText(run.address)
  await claim.locator('[data-testid^="mobile-claim-fulfil-"]').tap()
  await phone
    .locator('[data-testid="mobile-wish-photo"] input[type="file"]')
    .setInputFiles({ name: 'bag.png', mimeType: 'image/png', buffer: png(32, [192, 57, 43]) })
  await expect(phone.locator('[data-testid="mobile-wish-photo"] .van-uploader__preview')).toHaveCount(1)
  await phone.locator('[data-testid="mobile-wish-text"] textarea').fill('书包已送到孩子手中')
  await onPhone('mobile-wish-submit').tap()
  await expect(claim).toContainText('待确认')
})

test('the street-admin sees the photo and the note, and confirms the wish realised', async ({ app }) => {
  const { page } = app
  await page.goto(`/micro-wishes?area=${world.grid.id}&wish=${wishId}`)
  const detail = app.byTestId('wish-detail')
  await expect(app.byTestId('wish-detail-status')).toHaveText('待确认')
  await expect(detail.locator('[data-testid="wish-claim-note"]')).toHaveText('书包已送到孩子手中')
  await expect(app.byTestId('wish-photo')).toBeVisible()
  await app.byTestId('wish-confirm').click()
  await page.locator('.el-message-box .el-button--primary').click()
  await expect(app.byTestId('wish-detail-status')).toHaveText('已实现')
  const row = page.locator('[data-testid="wish-table"] tbody tr', { hasText: title })
  await expect(row).toContainText('已实现')
  await expect(row).toContainText('心愿认领人')
  await app.screenshot('micro-wish-realised')
})
