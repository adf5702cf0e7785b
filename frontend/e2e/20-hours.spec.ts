// The hours ledger (desktop): a street-admin back-fills two entries for a volunteer (made through the API) dated in
// an ended month, confirms them in the queue (found by the run's community in the address), locks that month, then
// reverses one entry with a reversal dated today: the ledger keeps the original, shows the negative row and the
// lowered total, and the locked month refuses a back-fill with a clear reason.
import { expect, newRun, STREET_ADMIN, test, type World } from './fixtures'
import { idCard } from './support/xlsx'

test.describe.configure({ mode: 'serial' })

const run = newRun()
let world: World
let volunteerId = 0

const seq = Date.now() % 1000
const birthYear = 1960 + (Date.now() % 30)

/** A month that has ended and that no other spec of the run locks: eleven months ago. */
function endedMonth(): string {
  const now = new Date()
  const at = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11, 1))
  return at.toISOString().slice(0, 7)
}
const month = endedMonth()

test.beforeAll(async ({ adminApi }) => {
  world = await adminApi.world(run)
  const { body } = await adminApi.call<{ volunteer: { id: number } }>('POST', '/api/volunteers', {
    communityId: world.community.id,
    name: `志愿者${run.stamp.slice(-4)}`,
    idCard: idCard('110105', `${birthYear}0520`, seq - (seq % 2) + 1),
  })
  volunteerId = body.volunteer.id
})

test('staff back-fill hours for a volunteer, confirm them in the queue, lock the month and reverse one', async ({
  app,
}, testInfo) => {
  await app.page.goto(`/volunteer-hours/volunteers/${volunteerId}`, { waitUntil: 'domcontentloaded' })
  await app.signIn(STREET_ADMIN)
  const ledger = app.byTestId('volunteer-ledger')
  await ledger.waitFor()

  await test.step('back-fill two entries dated in an ended month', async () => {
    for (const [day, hours, what] of [
      ['10', '3', '社区敬老院陪伴老人'],
      ['12', '2', '社区环境整治'],
    ] as const) {
      await app.byTestId('ledger-backfill').click()
      const form = app.byTestId('backfill-form')
      await form.waitFor()
      const date = form.locator('.el-date-editor input')
      await date.fill(`${month}-${day}`)
      await date.press('Enter')
      const hoursBox = form.locator('.el-input-number input')
      await hoursBox.fill(hours)
      await form.locator('.el-form-item').nth(2).locator('input').fill(what)
      await app.byTestId('backfill-submit').click()
      await expect(form).toBeHidden()
    }
    await expect(app.byTestId('ledger-entries').locator('.el-table__row')).toHaveCount(2)
  })
  await app.screenshot('hours-ledger-submitted')

  await test.step('confirm them in the queue, found by the community in the address', async () => {
    await app.page.goto(`/volunteer-hours?communityId=${world.community.id}`, { waitUntil: 'domcontentloaded' })
    const queue = app.byTestId('hours-queue-table')
    await queue.locator('.el-table__row').first().waitFor()
    await app.byTestId(`hours-group-check-${volunteerId}`).click()
    await expect(app.byTestId('hours-chosen')).toContainText('5')
    await app.checkA11y(testInfo, 'hours-queue')
    await app.screenshot('hours-queue')
    await app.byTestId('hours-confirm-chosen').click()
    await expect(queue.locator('.el-table__row')).toHaveCount(0)
  })

  await test.step('lock the month', async () => {
    await app.page.goto(`/settings/volunteer-hours?subDistrictId=${world.subDistrict.id}`, {
      waitUntil: 'domcontentloaded',
    })
    await app.byTestId('hours-settings').waitFor()
    await app.choose('hours-lock-month', month)
    await app.byTestId('hours-lock').click()
    await app.page.locator('.el-message-box .el-button--primary').click()
    await expect(app.byTestId('hours-locks')).toContainText(month)
    await app.checkA11y(testInfo, 'hours-settings')
    await app.screenshot('hours-settings')
  })

  await test.step('reverse one confirmed entry with a reversal dated today', async () => {
    await app.page.goto(`/volunteer-hours/volunteers/${volunteerId}`, { waitUntil: 'domcontentloaded' })
    await expect(app.byTestId('ledger-confirmed')).toContainText('5 小时')
    // the 2-hour entry: 5 confirmed hours become 3
    const row = app.byTestId('ledger-entries').locator('.el-table__row', { hasText: '社区环境整治' }).first()
    await row.locator('[data-testid^="ledger-reverse-"]').click()
    await app.byTestId('reverse-form').locator('.el-form-item').nth(1).locator('input').fill('时长登记有误')
    await app.byTestId('reverse-submit').click()
    await expect(app.byTestId('reverse-form')).toBeHidden()
    await expect(app.byTestId('ledger-entries').locator('.el-table__row')).toHaveCount(3)
    await expect(app.byTestId('ledger-entries')).toContainText('-2')
    await expect(app.byTestId('ledger-confirmed')).toContainText('3 小时')
    await app.checkA11y(testInfo, 'hours-ledger')
    await app.screenshot('hours-ledger-reversed')
  })

  await test.step('the locked month refuses a back-fill, saying why', async () => {
    await app.byTestId('ledger-backfill').click()
    const form = app.byTestId('backfill-form')
    await form.waitFor()
    const date = form.locator('.el-date-editor input')
    await date.fill(`${month}-15`)
    await date.press('Enter')
    await form.locator('.el-form-item').nth(2).locator('input').fill('补录被锁月份')
    await app.byTestId('backfill-submit').click()
    await expect(app.page.locator('.el-message--error')).toContainText(month)
  })
})
