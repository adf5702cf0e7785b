// The working calendar: the whole platform's admin sees the platform default and may start a sub-district's own year.
import { expect, newRun, STREET_ADMIN, test } from './fixtures'

test.describe.configure({ mode: 'serial' })

const run = newRun()

test.beforeAll(async ({ adminApi }) => {
  await adminApi.subDistrict(run)
})

test('the working calendar offers the platform default and the sub-district, whose 2026 it inherits', async ({
  app,
}, testInfo) => {
  await app.page.goto('/settings/calendar', { waitUntil: 'domcontentloaded' })
  await app.signIn(STREET_ADMIN)
  await app.byTestId('working-calendar').waitFor()
  await app.byTestId('calendar-days').waitFor()
  await app.screenshot('calendar-platform-default')
  await app.checkA11y(testInfo, 'calendar')
  await app.byTestId('calendar-owner').click()
  await app.page.locator('.el-select-dropdown__item:visible').nth(1).click()
  await app.byTestId('calendar-inherited').waitFor()
  await expect(
    app.byTestId('calendar-start-own'),
    "the whole platform's admin may start the sub-district's own year",
  ).toBeVisible()
  await app.screenshot('calendar-sub-district-inherited')
})
