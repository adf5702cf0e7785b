// 走访规则: a fresh sub-district shows its two default rules with their running period; the street-admin adds a rule
// of every 10 days, changes the modes that count, and adds a choice question to ask on visits.
import { expect, newRun, STREET_ADMIN, test } from './fixtures'

test.describe.configure({ mode: 'serial' })

const run = newRun()

test('visit rules: the defaults, a rule of every N days, its modes changed, a question added', async ({
  app,
  adminApi,
}, testInfo) => {
  const subDistrict = await adminApi.area('SUB_DISTRICT', undefined, run.subDistrict, `VR-${run.stamp}`)
  const page = app.page
  await page.goto(`/visit-rules?subDistrictId=${subDistrict.id}`, { waitUntil: 'domcontentloaded' })
  await app.signIn(STREET_ADMIN)
  const table = app.byTestId('visit-rule-table')
  await expect(table).toContainText('网格员半年全覆盖走访')
  await expect(table).toContainText('结对帮扶每月走访')
  await expect(table).toContainText('网格内全部住户 · 网格员 · 每半年 1 次 · 入户/门口')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('走访规则')

  // a rule of every 10 days
  const name = `十天一访${run.stamp}`
  await app.byTestId('visit-rule-add').click()
  const form = app.byTestId('visit-rule-form')
  await form.locator('input[data-testid=visit-rule-name]').fill(name)
  await app.byTestId('visit-rule-period-kind').click()
  await app.byTestId('visit-rule-period-EVERY_N_DAYS').click()
  const days = page.locator('[data-testid=visit-rule-period-days] input, input[data-testid=visit-rule-period-days]')
  await days.first().fill('10')
  await days.first().blur()
  await app.screenshot('visit-rule-dialog')
  await app.byTestId('visit-rule-save').click()
  const row = table.locator('tr', { hasText: name })
  await expect(row).toContainText('网格内全部住户 · 网格员 · 每 10 天 1 次 · 入户/门口')

  // count phone calls too
  await row.getByRole('button', { name: '编辑' }).click()
  await app.byTestId('visit-rule-mode-PHONE').click()
  await app.byTestId('visit-rule-save').click()
  await expect(row).toContainText('每 10 天 1 次 · 入户/门口/电话')
  await app.checkA11y(testInfo, 'visit-rules')

  // a question asked on every visit
  await page.getByRole('tab', { name: '走访问题' }).click()
  await expect(page).toHaveURL(/tab=questions/)
  await app.byTestId('visit-question-add').click()
  const question = `住房状况${run.stamp}`
  await page.locator('input[data-testid=visit-question-text]').fill(question)
  await app.byTestId('visit-question-kind-CHOICE').click()
  await page.locator('textarea[data-testid=visit-question-options]').fill('良好\n一般\n较差')
  await app.byTestId('visit-question-save').click()
  const questions = app.byTestId('visit-question-table')
  await expect(questions.locator('tr', { hasText: question })).toContainText('良好 / 一般 / 较差')
  await app.screenshot('visit-questions')
})
