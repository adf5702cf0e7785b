// English screens: the working calendar and the API clients (one registered through the API) read in English.
import { newRun, STREET_ADMIN, test } from './fixtures'

test.describe.configure({ mode: 'serial' })

const run = newRun()

test.beforeAll(async ({ adminApi }) => {
  const subDistrict = await adminApi.subDistrict(run)
  await adminApi.apiClient(run, subDistrict.id)
})

test('in English, the calendar and the API clients read in English', async ({ app }) => {
  const { page } = app
  await page.goto('/settings/calendar', { waitUntil: 'domcontentloaded' })
  await app.signIn(STREET_ADMIN)
  await app.waitForApp()
  await app.byTestId('working-calendar').waitFor()
  await app.byTestId('calendar-owner').click()
  await page.locator('.el-select-dropdown__item:visible').nth(1).click()
  await app.byTestId('calendar-inherited').waitFor()
  await app.switchLocale('en-US')
  await app.byTestId('calendar-inherited').waitFor()
  await app.screenshot('calendar-en')
  await app.byTestId('menu-api-clients').filter({ hasText: 'API clients' }).click()
  await page.waitForURL(/\/api-clients/)
  // the list loads after the page: wait for the row's role, in English, and for its tag to finish zooming in
  const tag = page.locator('[data-testid="api-client-table"] .el-tag', { hasText: 'Viewer' }).first()
  await tag.waitFor()
  await page.waitForFunction((el) => !!el && !el.className.includes('zoom'), await tag.elementHandle())
  await app.screenshot('api-clients-en')
  await app.switchLocale('zh-CN')
})
