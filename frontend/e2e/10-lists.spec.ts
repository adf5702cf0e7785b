// Lists that keep their place: in a new grid with 30 households and 30 issues (made through the API), the street-admin
// filters, sorts and pages the households and the issues, opens a detail and comes back (Back, the breadcrumb, a
// reload) to the same filters, page and rows. With the statistics folded, at least 12 rows show at 1440x900 without
// scrolling; at 1366x768 no table is wider than its place.
import type { Locator, Page } from '@playwright/test'
import { expect, newRun, STREET_ADMIN, test, type World } from './fixtures'
import type { Story } from './support/story'

test.describe.configure({ mode: 'serial' })

const run = newRun()
let world: World
const COUNT = 30

test.beforeAll(async ({ adminApi }) => {
  world = await adminApi.world(run)
  await test.step(`${COUNT} households and ${COUNT} issues in the grid`, async () => {
    const { body: categories } = await adminApi.call<{ id: number; code: string }[]>('GET', '/api/issue-categories')
    const water = categories.find((c) => c.code === 'WATER')!.id
    for (let i = 1; i <= COUNT; i++) {
      const n = String(i).padStart(2, '0')
      await adminApi.call('POST', '/api/households', {
        gridId: world.grid.id,
        address: `${run.address}-${n}`,
        housingType: 'OWNED',
        tags: [],
      })
      await adminApi.call('POST', '/api/issues', {
        categoryId: water,
        description: `列表测试${run.stamp}第${n}件：楼道漏水`,
        urgency: 'NORMAL',
        channel: 'OFFICE',
        location: { areaId: world.grid.id },
        reporter: { name: '王大爷', phone: '13812345678' },
      })
    }
  })
})

/** The texts of the table's rows (each row's cells joined), once the list has settled. */
async function rows(app: Story, table: Locator): Promise<string[]> {
  await app.settled()
  return table.locator('.el-table__body tr.el-table__row').evaluateAll((trs) => trs.map((tr) => tr.textContent ?? ''))
}

/** How many of the table's rows lie wholly inside the window. */
function rowsInView(table: Locator): Promise<number> {
  return table.locator('.el-table__body tr.el-table__row').evaluateAll(
    (trs) =>
      trs.filter((tr) => {
        const box = tr.getBoundingClientRect()
        return box.top >= 0 && box.bottom <= window.innerHeight
      }).length,
  )
}

/** Widths that overflow: the table or its scroll areas wider than their place, or the page scrolling sideways. */
function overflows(table: Locator): Promise<string[]> {
  return table.evaluate((root) => {
    const found: string[] = []
    const check = (el: Element, what: string) => {
      if (el.scrollWidth > el.clientWidth + 1) found.push(`${what}: ${el.scrollWidth} > ${el.clientWidth}`)
    }
    check(root, 'table')
    root
      .querySelectorAll('.el-table__inner-wrapper, .el-scrollbar__wrap, .el-table__header-wrapper')
      .forEach((el) => check(el, el.className))
    const parent = root.parentElement!
    if (root.getBoundingClientRect().width > parent.clientWidth + 1) found.push('table wider than its card')
    const main = document.querySelector('.shell-main')
    if (main) check(main, 'page')
    return found
  })
}

/**
 * From the list at `listUrl` showing `shown` in `table`, a detail (opened by `openRow(n)`) leads back to the same list and rows:
 * by Back, then after a reload, then by the detail's breadcrumb.
 */
async function keepsItsPlace(
  app: Story,
  table: Locator,
  listUrl: string,
  shown: string[],
  openRow: (n: number) => Promise<void>,
) {
  const page = app.page
  await test.step('Back from a detail returns to the same list', async () => {
    await openRow(0)
    await page.waitForURL((url) => url.href !== listUrl)
    await page.goBack()
    await page.waitForURL(listUrl)
    expect(await rows(app, table)).toEqual(shown)
  })
  await test.step('a reload keeps it', async () => {
    await page.reload({ waitUntil: 'domcontentloaded' })
    await app.waitForApp()
    expect(page.url()).toBe(listUrl)
    expect(await rows(app, table)).toEqual(shown)
  })
  await test.step("the detail's breadcrumb leads back to the filtered list", async () => {
    await openRow(3)
    await page.waitForURL((url) => url.href !== listUrl)
    await app.byTestId('breadcrumb-list').click()
    await page.waitForURL(listUrl)
    expect(await rows(app, table)).toEqual(shown)
  })
}

/** Picks an area in an area picker (by its data-testid). */
async function pickArea(page: Page, testid: string, areaId: number): Promise<void> {
  await page.locator(`[data-testid="${testid}"]`).first().click()
  await page.locator(`.area-picker-popper [data-testid="area-option-${areaId}"]:visible`).click()
}

test('households: filtered, sorted and paged, the list comes back after a detail, a reload and the breadcrumb', async ({
  app,
}) => {
  const page = app.page
  await page.goto('/households', { waitUntil: 'domcontentloaded' })
  await app.signIn(STREET_ADMIN)
  await app.waitForApp()
  const table = app.byTestId('household-table')
  await pickArea(page, 'filter-grid', world.grid.id)
  await expect(page).toHaveURL(new RegExp(`gridId=${world.grid.id}`))
  await expect(app.byTestId('household-sort')).toContainText('默认顺序')
  await app.choose('household-sort', '最近登记在前')
  await expect(app.byTestId('household-sort')).toContainText('最近登记在前')
  await expect(page).toHaveURL(/sort=-createdAt/)
  await app.settled()
  await page.locator('.pager .btn-next').click()
  await expect(page).toHaveURL(/page=2/)
  const listUrl = page.url()
  const shown = await rows(app, table)
  // newest first: page 2 holds households 10 down to 01
  expect(shown).toHaveLength(COUNT - 20)
  expect(shown[0]).toContain(`${run.address}-10`)
  expect(shown.at(-1)).toContain(`${run.address}-01`)

  await keepsItsPlace(app, table, listUrl, shown, (n) =>
    table.locator('.el-table__body tr.el-table__row').nth(n).locator('a').click(),
  )
})

test('households: with the statistics folded (and remembered) at least 12 rows show at 1440x900', async ({ app }) => {
  const page = app.page
  await page.goto(`/households?gridId=${world.grid.id}`, { waitUntil: 'domcontentloaded' })
  await app.waitForApp()
  if (await app.byTestId('registry-stats-totals').isHidden()) await app.byTestId('registry-stats-fold').click()
  await app.byTestId('registry-stats-totals').waitFor()
  await page.reload({ waitUntil: 'domcontentloaded' })
  await app.waitForApp()
  await expect(app.byTestId('registry-stats-totals'), 'the fold is remembered').toBeVisible()
  await app.settled()
  const table = app.byTestId('household-table')
  expect(await table.locator('.el-table__body tr.el-table__row').count()).toBe(20)
  expect(await rowsInView(table)).toBeGreaterThanOrEqual(12)
  await app.screenshot('households-folded')
})

test('issues: filtered, sorted and paged, the list comes back after a detail, a reload and the breadcrumb', async ({
  app,
}) => {
  const page = app.page
  await page.goto('/issues', { waitUntil: 'domcontentloaded' })
  await app.waitForApp()
  const table = app.byTestId('issue-table')
  await pickArea(page, 'issue-filter-area', world.grid.id)
  await expect(page).toHaveURL(new RegExp(`areaId=${world.grid.id}`))
  await app.settled()
  // the receipt column, oldest first
  await table.locator('th.is-sortable').first().locator('.caret-wrapper .ascending').click()
  await expect(page).toHaveURL(/sort=receivedAt/)
  await app.settled()
  await page.locator('.pager .btn-next').click()
  await expect(page).toHaveURL(/page=2/)
  const listUrl = page.url()
  const shown = await rows(app, table)
  expect(shown).toHaveLength(COUNT - 20)
  expect(shown[0]).toContain(`列表测试${run.stamp}第21件`)
  expect(shown.at(-1)).toContain(`列表测试${run.stamp}第30件`)

  await keepsItsPlace(app, table, listUrl, shown, (n) => table.locator('[data-testid="issue-number"]').nth(n).click())
})

test('issues: with the attention card folded at least 12 rows show at 1440x900', async ({ app }) => {
  const page = app.page
  await page.goto(`/issues?areaId=${world.grid.id}`, { waitUntil: 'domcontentloaded' })
  await app.waitForApp()
  const fold = app.byTestId('issue-attention-fold')
  if ((await fold.getAttribute('aria-expanded')) === 'true') await fold.click()
  await expect(fold).toHaveAttribute('aria-expanded', 'false')
  await app.settled()
  const table = app.byTestId('issue-table')
  expect(await table.locator('.el-table__body tr.el-table__row').count()).toBe(20)
  expect(await rowsInView(table)).toBeGreaterThanOrEqual(12)
  await app.screenshot('issues-folded')
})

test('at 1366x768 no table is wider than its place (households, residents, issues)', async ({ app }) => {
  const page = app.page
  await page.setViewportSize({ width: 1366, height: 768 })
  for (const [path, testid] of [
    [`/households?gridId=${world.grid.id}`, 'household-table'],
    ['/residents', 'resident-table'],
    [`/issues?areaId=${world.grid.id}`, 'issue-table'],
  ] as const) {
    await page.goto(path, { waitUntil: 'domcontentloaded' })
    await app.waitForApp()
    const table = app.byTestId(testid)
    await table.waitFor()
    await app.settled()
    expect(await overflows(table), `${path} at 1366x768`).toEqual([])
  }
  await page.setViewportSize({ width: 1440, height: 900 })
})
