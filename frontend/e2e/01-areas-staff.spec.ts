// Areas and staff: the street-admin logs in on the real Keycloak page, builds sub-district → community → grid,
// creates a grid worker for that grid, logs out; the grid worker logs in, replaces the temporary password and sees
// only that grid.
import { expect, newRun, STREET_ADMIN, test, type Account } from './fixtures'
import { KEYCLOAK_URL } from './support/env'
import type { Story } from './support/story'

test.describe.configure({ mode: 'serial' })

const run = newRun()
const worker: Account = { username: run.workerUsername, password: run.workerPassword }
let gridId = 0

async function treeNode(app: Story, name: string) {
  const node = app.byTestId('area-node').filter({ hasText: name }).first()
  await node.waitFor({ timeout: 20_000 })
  return node
}

async function selectInTree(app: Story, name: string): Promise<number> {
  const node = await treeNode(app, name)
  await node.click()
  await app.page.waitForURL(/[?&]id=\d+/)
  await app.byTestId('area-detail-name').filter({ hasText: name }).waitFor()
  return Number(await node.getAttribute('data-area-id'))
}

async function fillAreaDialog(app: Story, name: string, code: string): Promise<void> {
  const form = app.byTestId('area-form')
  await form.waitFor()
  await form.locator('input[data-testid="area-name"]').fill(name)
  await form.locator('input[data-testid="area-code"]').fill(code)
  await app.screenshot(`dialog-${code.toLowerCase()}`)
  await app.byTestId('area-submit').click()
  await form.waitFor({ state: 'hidden', timeout: 20_000 })
}

test('the app sends an anonymous visitor to the Keycloak login page', async ({ app }) => {
  await app.page.goto('/', { waitUntil: 'domcontentloaded', timeout: 60_000 })
  await app.onKeycloak()
  expect(app.page.url().startsWith(KEYCLOAK_URL)).toBe(true)
  expect(app.page.url(), 'the login request uses PKCE S256').toContain('code_challenge_method=S256')
  await app.screenshot('keycloak-login')
})

test('the street-admin logs in and sees the areas and staff menus', async ({ app }, testInfo) => {
  await app.signIn(STREET_ADMIN)
  await app.waitForApp()
  await app.byTestId('menu-staff').waitFor()
  await app.byTestId('menu-areas').waitFor()
  await expect(app.byTestId('user-role'), 'role shown as street-admin').toContainText('街道管理员')
  // every role lands on the workbench; the area tree is one click away
  await app.page.waitForURL(/\/workbench$/)
  await app.byTestId('menu-areas').click()
  await app.page.locator('[data-testid="area-tree"], [data-testid="area-tree-empty"]').first().waitFor()
  await app.screenshot('areas-admin')
  await app.checkA11y(testInfo, 'areas')
})

test('a sub-district exists (created when the database is empty)', async ({ app }) => {
  const existing = app.page.locator('[data-testid="area-node"][data-level="SUB_DISTRICT"]')
  if ((await existing.count()) === 0) {
    await app.byTestId('create-subdistrict').first().click()
    await fillAreaDialog(app, run.subDistrict, `SD-${run.stamp}`)
    await selectInTree(app, run.subDistrict)
  } else {
    await existing.first().click()
    await app.page.waitForURL(/[?&]id=\d+/)
  }
  await app.byTestId('area-detail').waitFor()
  await app.screenshot('sub-district')
})

test('the street-admin creates a community under the sub-district', async ({ app }) => {
  await app.byTestId('create-child').click()
  await fillAreaDialog(app, run.community, `C-${run.stamp}`)
  await selectInTree(app, run.community)
  await app.screenshot('community')
})

test('the street-admin creates a grid in the community', async ({ app }, testInfo) => {
  await app.byTestId('create-child').click()
  await fillAreaDialog(app, run.grid, `G-${run.stamp}`)
  gridId = await selectInTree(app, run.grid)
  expect(gridId, 'the grid has an id').toBeGreaterThan(0)
  await app.byTestId('grid-workers').waitFor()
  await app.screenshot('grid')
  await app.checkA11y(testInfo, 'area detail')
})

test('in English, a duplicate grid code is refused next to the field, in English', async ({ app }) => {
  await app.switchLocale('en-US')
  await app.byTestId('menu-areas').filter({ hasText: 'Areas' }).waitFor()
  await selectInTree(app, run.community)
  await app.byTestId('create-child').click()
  const form = app.byTestId('area-form')
  await form.waitFor()
  await form.locator('input[data-testid="area-name"]').fill(`${run.grid}-2`)
  await form.locator('input[data-testid="area-code"]').fill(`G-${run.stamp}`)
  await app.byTestId('area-submit').click()
  const error = form
    .locator('.el-form-item', { has: app.page.locator('input[data-testid="area-code"]') })
    .locator('.el-form-item__error')
  await error.waitFor()
  const message = (await error.textContent())?.trim() ?? ''
  expect(
    message.length > 0 && !/[\u4e00-\u9fff]/.test(message),
    `an English message at the code field, got "${message}"`,
  ).toBe(true)
  await app.screenshot('duplicate-code-en')
  await app.page.locator('.el-dialog__footer button', { hasText: 'Cancel' }).click()
  await form.waitFor({ state: 'hidden' })
  await app.switchLocale('zh-CN')
  await app.byTestId('menu-areas').filter({ hasText: '区域管理' }).waitFor()
})

test('the street-admin creates a grid-worker account scoped to the grid', async ({ app }, testInfo) => {
  const { page } = app
  await app.byTestId('menu-staff').click()
  await page.waitForURL(/\/staff/)
  await app.byTestId('staff-table').waitFor()
  await app.screenshot('staff')
  await app.checkA11y(testInfo, 'staff')
  await app.byTestId('staff-create').click()
  const form = app.byTestId('staff-form')
  await form.waitFor()
  await form.locator('input[data-testid="staff-username"]').fill(run.workerUsername)
  await form.locator('input[data-testid="staff-display-name"]').fill(run.workerName)
  await form.locator('input[data-testid="staff-phone"]').fill(run.workerPhone)
  await expect(form.locator('[data-testid="staff-role"]'), 'the new account defaults to grid worker').toContainText(
    '网格员',
  )
  await app.pickScope(form, gridId, '新建账号')
  await app.screenshot('staff-create-dialog')
  await app.byTestId('staff-submit').click()
  await app.byTestId('temp-password-dialog').waitFor()
  const temporaryPassword = (await app.byTestId('temporary-password').textContent())?.trim() ?? ''
  expect(temporaryPassword.length, 'a temporary password is shown').toBeGreaterThanOrEqual(8)
  worker.temporaryPassword = temporaryPassword
  await app.screenshot('temporary-password')
  await app.byTestId('temp-password-close').click()
  await app.byTestId('temp-password-dialog').waitFor({ state: 'hidden' })
  await page.locator('[data-testid="staff-table"] tr', { hasText: run.workerUsername }).waitFor()
  await app.screenshot('staff-with-worker')
})

test('the grid lists its new grid worker', async ({ app }) => {
  await app.page.goto(`/areas?id=${gridId}`, { waitUntil: 'domcontentloaded' })
  await app.byTestId('grid-worker').filter({ hasText: run.workerName }).waitFor({ timeout: 30_000 })
  await app.screenshot('grid-with-worker')
})

test('the street-admin logs out', async ({ app }) => {
  await app.logout()
  await app.screenshot('logged-out')
})

test('the grid worker logs in and replaces the temporary password', async ({ app }) => {
  await app.signIn(worker)
  await app.waitForApp()
  await expect(app.byTestId('user-name'), 'the header shows the worker').toHaveText(run.workerName)
})

test('the grid worker sees only that grid and no staff menu', async ({ app }) => {
  const { page } = app
  await app.byTestId('menu-areas').click()
  await app.byTestId('area-tree').waitFor()
  await treeNode(app, run.grid)
  const inScope = await page.locator('[data-testid="area-node"][data-in-scope="true"]').allTextContents()
  expect(
    inScope.length === 1 && inScope[0]!.includes(run.grid),
    `only the grid is in scope, got ${JSON.stringify(inScope)}`,
  ).toBe(true)
  await expect(page.locator('[data-testid="area-node"][data-level="GRID"]'), 'only one grid is visible').toHaveCount(1)
  await expect(app.byTestId('menu-staff'), 'no staff menu for a grid worker').toHaveCount(0)
  await expect(app.byTestId('create-subdistrict'), 'a grid worker cannot create areas').toHaveCount(0)
  await app.screenshot('areas-worker')
  await selectInTree(app, run.grid)
  await expect(app.byTestId('area-edit'), 'a grid worker cannot edit the grid').toHaveCount(0)
  await app.byTestId('grid-worker').filter({ hasText: run.workerName }).waitFor()
  await app.screenshot('grid-worker-detail')
})

test('the staff page is forbidden to the grid worker', async ({ app }) => {
  await app.page.goto('/staff', { waitUntil: 'domcontentloaded' })
  await app.byTestId('forbidden').waitFor({ timeout: 30_000 })
  await app.screenshot('forbidden')
})
