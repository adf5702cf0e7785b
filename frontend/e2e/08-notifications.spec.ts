// A grid worker's report from the field reaches the community's staff: the community's staff member (made through
// the API) signs in and has nothing unread; the grid worker reports an issue on the phone screens; the staff member
// signs in again, finds the bell's count at 1, opens the notice from its popover, lands on the issue, and the notice
// is read (the count is gone, the list shows it read). The list page passes axe.
import { expect, newRun, test, type World } from './fixtures'
import type { Account } from './support/keycloak'

test.describe.configure({ mode: 'serial' })

const run = newRun()
const description = `E2E${run.stamp} 单元楼门禁损坏，无法关闭`
let world: World
let staff: Account & { id: number }
let issueId = 0

test.beforeAll(async ({ adminApi }) => {
  world = await adminApi.world(run)
  const { body } = await adminApi.call<{ staff: { id: number }; temporaryPassword: string }>('POST', '/api/staff', {
    username: `cs${run.stamp}`,
    displayName: `社区${run.stamp.slice(-4)}`,
    role: 'community-staff',
    areaIds: [world.community.id],
  })
  staff = {
    id: body.staff.id,
    username: `cs${run.stamp}`,
    password: `Cs-${run.stamp}-Pass1`,
    temporaryPassword: body.temporaryPassword,
  }
})

test("the community's staff member signs in with nothing unread", async ({ app }) => {
  await app.page.goto('/', { waitUntil: 'domcontentloaded' })
  await app.signIn(staff)
  await app.waitForApp()
  await app.byTestId('notification-bell').waitFor()
  await expect(app.page.locator('[data-testid="notification-count"] .el-badge__content')).toBeHidden()
  await app.logout()
})

test('the grid worker reports an issue from the phone', async ({ app }) => {
  const { page } = app
  await page.goto('/m/issues/new', { waitUntil: 'domcontentloaded' })
  await app.signIn(world.worker)
  await page.waitForURL(/\/m\/issues\/new$/)
  await app.byTestId('issue-category').click()
  await page.locator('.van-picker-column__item', { hasText: '供水' }).click()
  await page.locator('.van-picker__confirm').click()
  await page.locator('[data-testid="issue-description"] textarea').fill(description)
  await app.byTestId('reporter-mode-other').click()
  await page.locator('[data-testid="issue-reporter-name"] input').fill(`吴${run.stamp.slice(-2)}`)
  await app.byTestId('issue-submit').click()
  await page.waitForURL(/\/m\/issues\/\d+$/, { timeout: 30_000 })
  issueId = Number(/\/m\/issues\/(\d+)$/.exec(page.url())![1])
  await app.screenshot('issue-reported')
  // signed out on the phone home's menu
  await page.goto('/m', { waitUntil: 'domcontentloaded' })
  await page.locator('.van-nav-bar__right').click()
  await page.locator('.van-action-sheet__item', { hasText: '退出登录' }).click()
  await app.onKeycloak()
})

test('the staff member sees the count, opens the notice and lands on the issue, now read', async ({
  app,
}, testInfo) => {
  const { page } = app
  await page.goto('/', { waitUntil: 'domcontentloaded' })
  await app.signIn(staff)
  await app.waitForApp()
  const count = page.locator('[data-testid="notification-count"] .el-badge__content')
  await expect(count, 'the new issue waits for the staff member').toHaveText('1')
  await app.byTestId('notification-bell').click()
  const popover = app.byTestId('notification-popover')
  await expect(popover).toContainText('新诉求待受理')
  await app.screenshot('notification-popover')
  await popover.locator('button.item.unread').first().click()
  await page.waitForURL(new RegExp(`/issues/${issueId}$`))
  await expect(page.getByText(description)).toBeVisible()
  await expect(count, 'read: no unread count').toBeHidden()

  await page.goto('/notifications?filter=all', { waitUntil: 'domcontentloaded' })
  const list = app.byTestId('notifications-page')
  await expect(list.locator('.item')).toHaveCount(1)
  await expect(list.locator('.item.unread')).toHaveCount(0)
  await expect(list).toContainText('新诉求待受理')
  await app.screenshot('notifications-all')
  await app.checkA11y(testInfo, 'notifications list')
  await page.goto('/notifications', { waitUntil: 'domcontentloaded' })
  await expect(list).toContainText('没有未读通知')
})
