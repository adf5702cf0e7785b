// Party posts on the office's screens: the street-admin opens a post of the grid on 党建共建 › 党员岗位 and finds it
// by the filters in the address; a reported member (report entered and confirmed through the reports part's API)
// claims it and logs service on a phone of their own; the grid worker verifies the service on 服务核实, and the
// member's hours ledger holds it as confirmed.
import type { BrowserContext, Page } from '@playwright/test'
import { expect, newRun, STREET_ADMIN, test, type World } from './fixtures'
import { BASE_URL } from './support/env'
import { signInOnKeycloak } from './support/keycloak'
import { idCardFromKey } from './support/xlsx'
import { reportedMember, type PartyMember } from './support/partyMember'

test.describe.configure({ mode: 'serial' })

const run = newRun()
const title = `E2E矛盾调解岗${run.stamp}`
let world: World
let postId = 0
let phoneContext: BrowserContext | undefined
let phone: Page

test.beforeAll(async ({ adminApi, browser }) => {
  world = await adminApi.world(run)
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

test('the street-admin opens a post of the grid and finds it by the filters in the address', async ({
  app,
}, testInfo) => {
  const { page } = app
  await page.goto('/', { waitUntil: 'domcontentloaded' })
  await app.signIn(STREET_ADMIN)
  await app.waitForApp()
  await app.byTestId('menu-party-posts').click()
  await page.waitForURL(/\/party-posts/)
  await app.byTestId('party-post-create').click()
  const form = app.byTestId('party-post-form')
  await form.waitFor()
  await page.locator('[data-testid="party-post-area"]').first().click()
  await page.locator(`.area-picker-popper [data-testid="area-option-${world.grid.id}"]:visible`).click()
  await app.choose('party-post-category', '矛盾调解')
  await page.locator('input[data-testid="party-post-title"]').fill(title)
  await page
    .locator('[data-testid="party-post-requirements"] textarea, textarea[data-testid="party-post-requirements"]')
    .fill('调解邻里纠纷')
  await page.locator('[data-testid="party-post-capacity"] input').fill('2')
  await app.screenshot('party-post-create')
  await app.byTestId('party-post-save').click()
  await form.waitFor({ state: 'hidden', timeout: 20_000 })

  await page.goto(`/party-posts?area=${world.grid.id}&q=${encodeURIComponent(title)}`, {
    waitUntil: 'domcontentloaded',
  })
  const row = page.locator('[data-testid="party-post-table"] tbody tr', { hasText: title })
  await expect(row).toHaveCount(1)
  await expect(row).toContainText('矛盾调解')
  await expect(row).toContainText('0/2')
  await expect(row).toContainText('开放认领')
  postId = Number((await row.locator('[data-testid^="party-post-row-"]').getAttribute('data-testid'))!.split('-').pop())
  await app.screenshot('party-posts')
  await app.checkA11y(testInfo, 'party posts')
})

// Needs the reports part (POST /api/party-reports and /confirm) for an ACTIVE member report.
let member: PartyMember
test('a reported member claims the post and logs service on the phone', async ({ adminApi }) => {
  member = await reportedMember(adminApi, world.community.id, {
    username: `pmd${run.stamp}`,
    password: `Pd-${run.stamp}-Pass1`,
    name: `党员${run.stamp.slice(-3)}调`,
    idCard: idCardFromKey(Number.parseInt(run.stamp.slice(-6), 36) + 35, 1975, 20),
  })
  await phone.goto('/m/party/posts', { waitUntil: 'domcontentloaded' })
  await signInOnKeycloak(phone, member)
  await onPhone(`party-claim-${postId}`).tap({ timeout: 60_000 })
  await phone.locator('.van-dialog__confirm').tap()
  await expect(onPhone(`party-open-${postId}`)).toContainText('已认领')
  await phone.getByRole('tab', { name: '我的岗位' }).tap()
  await phone.locator('[data-testid^="party-mine-"]', { hasText: title }).locator('[data-testid^="party-log-"]').tap()
  await phone.locator('[data-testid="party-service-description"] textarea').fill('调解3号楼漏水纠纷')
  await onPhone('party-service-submit').tap()
  await expect(phone.locator('[data-testid^="party-my-log-"]', { hasText: title })).toContainText('待核实')
})

test('the grid worker verifies the service, and the member’s ledger holds the hours', async ({
  app,
  adminApi,
}, testInfo) => {
  const { page } = app
  await app.logout()
  await app.signIn(world.worker)
  await app.waitForApp()
  await page.goto(`/party-service?area=${world.grid.id}`, { waitUntil: 'domcontentloaded' })
  const row = page.locator('[data-testid="party-service-table"] tbody tr', { hasText: member.name })
  await expect(row).toHaveCount(1)
  await expect(row).toContainText(title)
  await expect(row).toContainText('待核实')
  await app.checkA11y(testInfo, 'party service verification')
  await row.locator('[data-testid^="party-service-verify-"]').click()
  await page.locator('.el-message-box__btns .el-button--primary').click()
  await page.goto(`/party-service?area=${world.grid.id}&status=VERIFIED`, { waitUntil: 'domcontentloaded' })
  const verified = page.locator('[data-testid="party-service-table"] tbody tr', { hasText: member.name })
  await expect(verified).toContainText('已核实')
  await app.screenshot('party-service-verified')
  const { body: ledger } = await adminApi.call<{ totals: { confirmedMinutes: number } }>(
    'GET',
    `/api/volunteers/${member.volunteerId}/hours`,
  )
  expect(ledger.totals.confirmedMinutes).toBe(60)
})
