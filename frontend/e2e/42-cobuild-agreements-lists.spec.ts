// Co-building agreements, the needs list and units' points (issue 16): a unit is registered through the units
// part's API; the street-admin proposes and signs an agreement between it and the run's community on 共建协议,
// raises a co-building need from a talk-day issue on the issue's detail and finds it in 需求清单, then adjusts the
// unit's points on 积分排行 and sees them in the ranking and the unit's ledger.
import { expect, newRun, STREET_ADMIN, test, type World } from './fixtures'

test.describe.configure({ mode: 'serial' })

const run = newRun()
const unitName = `共建单位${run.stamp}`
const needTitle = `助餐需求${run.stamp}`
let world: World
let unitId: number
let issueId: number

async function pickArea(page: import('@playwright/test').Page, testid: string, areaId: number): Promise<void> {
  await page.locator(`[data-testid="${testid}"]`).first().click()
  await page.locator(`.area-picker-popper [data-testid="area-option-${areaId}"]:visible`).click()
}

async function pickOption(page: import('@playwright/test').Page, testid: string, text: string): Promise<void> {
  const input = page.locator(`[data-testid="${testid}"] input, input[data-testid="${testid}"]`).first()
  await input.click()
  await input.fill(text)
  const option = page.locator('.el-select-dropdown__item:visible', { hasText: text }).first()
  await option.waitFor()
  await option.click()
}

test.beforeAll(async ({ adminApi }) => {
  world = await adminApi.world(run)
  const { body: unit } = await adminApi.call<{ id: number }>('POST', '/api/cobuild-units', {
    subDistrictId: world.subDistrict.id,
    name: unitName,
    unitType: 'STATE_ENTERPRISE',
    partyMemberTotal: 30,
  })
  unitId = unit.id
  const { body: categories } = await adminApi.call<{ id: number; code: string }[]>('GET', '/api/issue-categories')
  const { body: created } = await adminApi.call<{ issue: { id: number } }>('POST', '/api/issues', {
    categoryId: categories.find((c) => c.code === 'OTHER')!.id,
    description: `老人吃饭难${run.stamp}`,
    urgency: 'NORMAL',
    channel: 'OFFICE',
    location: { areaId: world.grid.id },
    reporter: { name: '王大爷', phone: '13812345678' },
  })
  issueId = created.issue.id
})

test('the street-admin proposes and signs an agreement between the unit and the community', async ({
  app,
}, testInfo) => {
  const { page } = app
  await page.goto('/', { waitUntil: 'domcontentloaded' })
  await app.signIn(STREET_ADMIN)
  await app.waitForApp()
  await app.byTestId('menu-party-building').click()
  await app.byTestId('menu-cobuild-agreements').click()
  await page.waitForURL(/\/cobuild-agreements/)
  await app.byTestId('agreement-propose').click()
  const form = app.byTestId('agreement-form')
  await form.waitFor()
  await pickOption(page, 'agreement-unit', unitName)
  await pickArea(page, 'agreement-community', world.community.id)
  // the second date of the form: its end (an el-date-picker keeps the test id off its input)
  await form
    .locator('.el-date-editor input')
    .nth(1)
    .fill(`${new Date().getFullYear() + 1}-12-31`)
  await page.keyboard.press('Enter')
  await page
    .locator('[data-testid="agreement-content"] textarea, textarea[data-testid="agreement-content"]')
    .first()
    .fill('每季度开展助老服务')
  await app.screenshot('agreement-propose')
  await app.byTestId('agreement-save').click()
  await form.waitFor({ state: 'hidden', timeout: 20_000 })

  // the address holds the filter: the run's unit
  await page.goto(`/cobuild-agreements?unit=${unitId}`)
  const row = page.locator('[data-testid="agreement-table"] tbody tr', { hasText: unitName })
  await expect(row).toHaveCount(1)
  await expect(row).toContainText('拟签订')
  await row.getByRole('button', { name: '签订' }).click()
  await expect(row).toContainText('履行中')
  await app.screenshot('agreements')
  await app.checkA11y(testInfo, 'cobuild-agreements')
})

test('a co-building need is raised from the issue and shows in the needs list', async ({ app }, testInfo) => {
  const { page } = app
  await page.goto(`/issues/${issueId}`, { waitUntil: 'domcontentloaded' })
  await app.waitForApp()
  const card = app.byTestId('issue-needs')
  await expect(card).toContainText('尚未形成共建需求')
  await app.byTestId('issue-raise-need').click()
  const form = app.byTestId('need-form')
  await form.waitFor()
  await app.choose('need-field', '为老服务')
  await page.locator('input[data-testid="need-title"]').fill(needTitle)
  await app.byTestId('need-save').click()
  await form.waitFor({ state: 'hidden', timeout: 20_000 })
  await expect(card).toContainText(needTitle)

  await page.goto(`/cobuild-lists?area=${world.community.id}&q=${encodeURIComponent(needTitle)}`)
  const row = page.locator('[data-testid="need-table"] tbody tr', { hasText: needTitle })
  await expect(row).toHaveCount(1)
  await expect(row).toContainText('接待日问题')
  await expect(row).toContainText('待对接')
  await expect(row).toContainText('尚无项目对接')
  await app.screenshot('needs')
  await app.checkA11y(testInfo, 'cobuild-lists')
})

test('the street-admin adjusts the unit points and sees them in the ranking', async ({ app }, testInfo) => {
  const { page } = app
  await page.goto('/cobuild-points', { waitUntil: 'domcontentloaded' })
  await app.waitForApp()
  await expect(app.byTestId(`ranking-points-${unitId}`)).toHaveText('0')
  await app.byTestId('points-adjust').click()
  const form = app.byTestId('points-adjust-form')
  await form.waitFor()
  await pickOption(page, 'points-adjust-unit', unitName)
  await app.byTestId('points-adjust-points').locator('input').fill('12')
  await page.locator('input[data-testid="points-adjust-reason"]').fill('年度共建表彰')
  await app.byTestId('points-adjust-save').click()
  await form.waitFor({ state: 'hidden', timeout: 20_000 })
  await expect(app.byTestId(`ranking-points-${unitId}`)).toHaveText('12')
  const ledger = app.byTestId('points-ledger')
  await expect(ledger).toContainText('+12')
  await expect(ledger).toContainText('年度共建表彰')
  await app.screenshot('points')
  await app.checkA11y(testInfo, 'cobuild-points')
})
