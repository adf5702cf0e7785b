// Search that finds what people type (README "Search"): in a new grid (made through the API) with flats in two
// buildings and bungalow households, its grid worker finds the flat by each usual form of its address and a resident
// by each form of the name, the expected record first, on the desktop; then the phone's location picker of an issue
// report finds the same flat first. The worker's scope is the new grid only, so earlier runs never match.
import { expect, newRun, test, type World } from './fixtures'
import { BASE_URL } from './support/env'
import { signInOnKeycloak } from './support/keycloak'
import { idCard } from './support/xlsx'

test.describe.configure({ mode: 'serial' })

const run = newRun()
let world: World

const seq = Date.now() % 1000
const target = '幸福里3号楼 1单元202室'
const bungalow = '幸福胡同12号'
const phone = `1370013${String(seq).padStart(4, '0')}`
const headId = idCard('110105', '19800312', seq - (seq % 2) + 1)

test.beforeAll(async ({ adminApi }) => {
  world = await adminApi.world(run)
  const building = async (name: string, code: string) =>
    (
      await adminApi.call<{ id: number }>('POST', '/api/areas', {
        level: 'BUILDING',
        parentId: world.grid.id,
        name,
        code: `${code}-${run.stamp}`,
        address: `幸福路${code}号`,
        floors: 6,
        unitCount: 2,
      })
    ).body.id
  const b3 = await building('幸福里3号楼', 'B3')
  const b13 = await building('幸福里13号楼', 'B13')
  const flat = async (buildingId: number, unitNo: string, roomNo: string) =>
    (
      await adminApi.call<{ household: { id: number } }>('POST', '/api/households', {
        gridId: world.grid.id,
        buildingId,
        unitNo,
        roomNo,
        housingType: 'OWNED',
        tags: [],
      })
    ).body.household.id
  const street = async (address: string) =>
    (
      await adminApi.call<{ household: { id: number } }>('POST', '/api/households', {
        gridId: world.grid.id,
        address,
        housingType: 'OWNED',
        tags: [],
      })
    ).body.household.id
  // created before the target, so that only the ranking puts the target first
  await flat(b3, '1', '2021')
  await street(`东${bungalow}`)
  const home = await flat(b3, '1', '202')
  await flat(b13, '1', '202')
  await flat(b3, '2', '202')
  const house = await street(bungalow)
  const resident = async (householdId: number, name: string, id: string, relation: string, tel?: string) =>
    adminApi.call('POST', '/api/residents', {
      householdId,
      name,
      idCard: id,
      phone: tel,
      ethnicity: '01',
      relation,
      registrationType: 'LOCAL',
      tags: [],
    })
  await resident(home, '张三丰', headId, 'HEAD', phone)
  await resident(house, '张三', idCard('110105', '19820708', seq - (seq % 2)), 'HEAD')
  await resident(
    house,
    '曾小贤',
    idCard('110105', '20100101', ((seq + 3) % 1000) - (((seq + 3) % 1000) % 2) + 1),
    'SON',
  )
})

test('the grid worker signs in and reads what the household search accepts', async ({ app }, testInfo) => {
  await app.page.goto('/households', { waitUntil: 'domcontentloaded' })
  await app.signIn(world.worker)
  await app.waitForApp()
  const box = app.page.locator('input[data-testid="household-filter-q"]')
  await expect(box).toHaveAttribute('placeholder', /3-1-202/)
  await expect(box).toHaveAttribute('title', /幸福胡同12号/)
  await app.checkA11y(testInfo, 'households search')
})

const firstRow = (app: { byTestId: (id: string) => import('@playwright/test').Locator }, table: string) =>
  app.byTestId(table).locator('.el-table__body tr').first()

for (const q of [
  target,
  '3号楼1单元202',
  '3号楼 1单元 202室',
  '3-1-202',
  '3栋1单元202',
  '3幢1单元202',
  '３号楼１单元２０２',
]) {
  test(`the household search finds the flat first by "${q}"`, async ({ app }) => {
    await app.page.locator('input[data-testid="household-filter-q"]').fill(q)
    await app.page.locator('input[data-testid="household-filter-q"]').press('Enter')
    await expect(firstRow(app, 'household-table')).toContainText(target)
    await expect(app.byTestId('household-table').locator('.el-table__body tr')).toHaveCount(2) // and 2021 after it
  })
}

test('a room alone lists every room 202 of the grid, exact rooms before 2021', async ({ app }) => {
  await app.page.locator('input[data-testid="household-filter-q"]').fill('202')
  await app.page.locator('input[data-testid="household-filter-q"]').press('Enter')
  const rows = app.byTestId('household-table').locator('.el-table__body tr')
  await expect(rows).toHaveCount(4)
  await expect(rows.last()).toContainText('2021')
  await app.screenshot('households-room')
})

test('a bungalow is found by its street address, before the one that only contains it', async ({ app }) => {
  await app.page.locator('input[data-testid="household-filter-q"]').fill('幸福胡同 12号')
  await app.page.locator('input[data-testid="household-filter-q"]').press('Enter')
  const rows = app.byTestId('household-table').locator('.el-table__body tr')
  await expect(rows).toHaveCount(2)
  await expect(rows.first()).not.toContainText(`东${bungalow}`)
  await expect(rows.first()).toContainText(bungalow)
  await expect(rows.last()).toContainText(`东${bungalow}`)
})

test('the resident search says what it accepts', async ({ app }) => {
  await app.page.goto('/residents', { waitUntil: 'domcontentloaded' })
  await expect(app.page.locator('input[data-testid="resident-filter-q"]')).toHaveAttribute('placeholder', /拼音/)
  await expect(app.page.locator('input[data-testid="resident-filter-q"]')).toHaveAttribute('title', /zhangsan/)
})

// titles stay the same from run to run (the ID and phone numbers differ): Playwright finds tests by title
for (const [label, q, name] of [
  ['三丰', '三丰', '张三丰'],
  ['丰', '丰', '张三丰'],
  ['张三', '张三', '张三'],
  ['zhangsan', 'zhangsan', '张三'],
  ['zhang san', 'zhang san', '张三'],
  ['zs', 'zs', '张三'],
  ['zsf', 'zsf', '张三丰'],
  ['zengxiaoxian', 'zengxiaoxian', '曾小贤'],
  ['zxx', 'zxx', '曾小贤'],
  ['the ID number', headId, '张三丰'],
  ['the phone number with spaces', `${phone.slice(0, 3)} ${phone.slice(3, 7)} ${phone.slice(7)}`, '张三丰'],
] as const) {
  test(`the resident search finds ${name} first by ${label}`, async ({ app }) => {
    await app.page.locator('input[data-testid="resident-filter-q"]').fill(q)
    await app.byTestId('resident-search').click()
    await expect(firstRow(app, 'resident-table')).toContainText(name)
  })
}

test("the phone's location picker finds the flat first", async ({ browser }, testInfo) => {
  // The phone project runs phone.spec.ts alone: this spec opens a phone-sized page of its own.
  const context = await browser.newContext({
    baseURL: BASE_URL,
    locale: 'zh-CN',
    viewport: { width: 375, height: 667 },
    deviceScaleFactor: 2,
    hasTouch: true,
    isMobile: true,
  })
  try {
    const page = await context.newPage()
    await page.goto('/m/issues/new', { waitUntil: 'domcontentloaded' })
    await signInOnKeycloak(page, world.worker)
    await page.waitForURL(/\/m\/issues\/new$/)
    await page.getByTestId('issue-location').tap()
    await page.locator('.van-tab', { hasText: '住户' }).tap()
    const search = page.getByTestId('household-search').locator('input')
    await expect(search).toHaveAttribute('placeholder', /3-1-202/)
    for (const q of ['3-1-202', '3号楼1单元202', '３栋 1单元 202室']) {
      await search.fill(q)
      await search.press('Enter')
      await expect(page.getByTestId('household-result').first()).toContainText(target)
    }
    await page.screenshot({ path: testInfo.outputPath('phone-location-picker.png') })
    await page.getByTestId('household-result').first().tap()
    await expect(page.locator('[data-testid="issue-location"] input')).toHaveValue(new RegExp(target))
  } finally {
    await context.close()
  }
})
