// Pairings (结对帮扶): a household is registered through the API; the street-admin pairs the run's grid worker with it
// on the 结对帮扶 page, finds the pairing in the list narrowed to the household's grid (other specs fill the
// database), ends it with a reason and sees it in the ended pairings and the household's history.
import { expect, newRun, STREET_ADMIN, test, type World } from './fixtures'

test.describe.configure({ mode: 'serial' })

const run = newRun()
const address = `结对路${run.stamp}号`
let world: World
let householdId: number

/** A remote select (household, helper): type into it and pick the option that shows `text`. */
async function pick(page: import('@playwright/test').Page, testid: string, typed: string, text: string) {
  const input = page.locator(`[data-testid="${testid}"] input, input[data-testid="${testid}"]`).first()
  await input.click()
  await input.fill(typed)
  const option = page.locator('.el-select-dropdown__item:visible', { hasText: text }).first()
  await option.waitFor()
  await option.click()
}

test.beforeAll(async ({ adminApi }) => {
  world = await adminApi.world(run)
  const { body } = await adminApi.call<{ household: { id: number } }>('POST', '/api/households', {
    gridId: world.grid.id,
    address,
    housingType: 'OWNED',
  })
  householdId = body.household.id
})

test('the street-admin pairs the grid worker with the household', async ({ app }, testInfo) => {
  const { page } = app
  await page.goto('/', { waitUntil: 'domcontentloaded' })
  await app.signIn(STREET_ADMIN)
  await app.waitForApp()
  await app.byTestId('menu-pairings').click()
  await page.waitForURL(/\/pairings/)
  await app.byTestId('pairing-create').click()
  const form = app.byTestId('pairing-form')
  await form.waitFor()
  await pick(page, 'pairing-household', address, address)
  await app.choose('pairing-type', '低保结对')
  await pick(page, 'pairing-helper', world.worker.displayName, world.worker.displayName)
  await app.screenshot('pairing-create')
  await app.byTestId('pairing-save').click()
  await form.waitFor({ state: 'hidden', timeout: 20_000 })

  // The address holds the filter: the household's grid.
  await page.goto(`/pairings?area=${world.grid.id}`)
  const row = page.locator('[data-testid="pairing-table"] tbody tr', { hasText: address })
  await expect(row).toHaveCount(1)
  await expect(row).toContainText(world.worker.displayName)
  await expect(row).toContainText('低保结对')
  await expect(row).toContainText('结对中')
  await app.screenshot('pairings')
  await app.checkA11y(testInfo, 'pairings')
})

test('the pairing is ended with a reason and kept as history', async ({ app, adminApi }) => {
  const { page } = app
  const row = page.locator('[data-testid="pairing-table"] tbody tr', { hasText: address })
  await row.getByRole('button', { name: '结束结对' }).click()
  const form = app.byTestId('pairing-end-form')
  await form.waitFor()
  await app.byTestId('pairing-end-reason-NO_LONGER_NEEDED').click()
  await page
    .locator('[data-testid="pairing-end-note"] textarea, textarea[data-testid="pairing-end-note"]')
    .fill('已脱贫')
  await app.byTestId('pairing-end-save').click()
  await form.waitFor({ state: 'hidden', timeout: 20_000 })
  await expect(row).toHaveCount(0)

  await page.goto(`/pairings?area=${world.grid.id}&status=ENDED`)
  const ended = page.locator('[data-testid="pairing-table"] tbody tr', { hasText: address })
  await expect(ended).toHaveCount(1)
  await expect(ended).toContainText('已结束')
  await expect(ended).toContainText('不再需要帮扶')

  const { body: history } = await adminApi.call<{ status: string; endReason: string; endNote: string }[]>(
    'GET',
    `/api/households/${householdId}/pairings`,
  )
  expect(history).toEqual([
    expect.objectContaining({ status: 'ENDED', endReason: 'NO_LONGER_NEEDED', endNote: '已脱贫' }),
  ])
})
