// Printing on A4: the issue statistics, the registry statistics (households), a household and an issue, each printed
// to PDF with the print styles (page.pdf). The PDF's text has the title block and the figures and names, and none of
// the side menu or the buttons; a long table runs over several sheets with its header repeated. The PDFs are kept
// beside the screenshots (.run/e2e/screenshots/desktop/print-*.pdf).
import { writeFileSync } from 'node:fs'
import { beijingToday, expect, newRun, STREET_ADMIN, test, type World } from './fixtures'
import { SCREENSHOTS } from './support/env'
import { pdfPages, squeezed } from './support/pdf'
import { makeRecords, type Records } from './support/records'
import type { Story } from './support/story'

test.describe.configure({ mode: 'serial' })

const run = newRun()
let world: World
let records: Records
/** Grids of a second community, each with one issue: the by-grid table runs over more than one sheet. */
const GRIDS = 60
const gridName = (i: number) => `印${run.stamp}网格${String(i).padStart(2, '0')}`

/** Side-menu entries: none of them may be on paper. */
const MENU = ['区域管理', '居民查询', '说事日', '审计日志', '账号管理', '系统接入']

/** Prints the page as it is now to an A4 PDF (print media), keeps it, and returns each sheet's text. */
async function printed(app: Story, name: string): Promise<string[]> {
  await app.settled()
  await expect(app.byTestId('print-title'), 'the title block is for paper only').toBeHidden()
  await app.page.emulateMedia({ media: 'print' })
  try {
    // a chart resizes to its place on paper: it must still be drawn there, not squeezed to nothing
    await app.page.waitForTimeout(300)
    const charts = await app.page
      .locator('.echarts canvas')
      .evaluateAll((canvases) => canvases.map((c) => c.getBoundingClientRect()).map((r) => r.width * r.height))
    expect(
      charts.filter((area) => area === 0),
      'every chart drawn on paper',
    ).toEqual([])
    const pdf = await app.page.pdf({ format: 'A4', printBackground: true })
    writeFileSync(`${SCREENSHOTS}/desktop/print-${name}.pdf`, pdf)
    await test.info().attach(`print-${name}.pdf`, { body: pdf, contentType: 'application/pdf' })
    return await pdfPages(pdf)
  } finally {
    await app.page.emulateMedia({ media: 'screen' })
  }
}

function expectOnPaper(pages: string[], present: string[], absent: string[] = []): void {
  const all = pages.join('')
  for (const text of present) expect(all, `"${text}" on paper`).toContain(squeezed(text))
  for (const text of [...MENU, ...absent]) expect(all, `"${text}" not on paper`).not.toContain(squeezed(text))
}

test('the street-admin signs in; a household, an issue and a community of many grids with issues exist', async ({
  app,
  adminApi,
}) => {
  test.setTimeout(300_000)
  world = await adminApi.world(run)
  records = await makeRecords(adminApi, world, run)
  await test.step(`a community with ${GRIDS} grids, one issue each`, async () => {
    const community = await adminApi.area('COMMUNITY', world.subDistrict.id, `印${run.stamp}社区`, `PC-${run.stamp}`)
    const { body: categories } = await adminApi.call<{ id: number; active: boolean }[]>('GET', '/api/issue-categories')
    const categoryId = categories.find((c) => c.active)!.id
    for (let i = 1; i <= GRIDS; i++) {
      const grid = await adminApi.area('GRID', community.id, gridName(i), `PG-${run.stamp}-${i}`)
      await adminApi.call('POST', '/api/issues', {
        categoryId,
        description: `${gridName(i)}的路灯不亮`,
        urgency: 'NORMAL',
        channel: 'PHONE',
        location: { areaId: grid.id },
        reporter: { name: `居民${i}` },
      })
    }
  })
  await app.page.goto('/')
  await app.signIn(STREET_ADMIN)
  await app.waitForApp()
})

test('the issue statistics print on A4: title block, figures, every table, its header on each sheet', async ({
  app,
}) => {
  await app.page.goto('/issues/stats')
  await app.byTestId('stats-report-line').waitFor()
  await expect(app.byTestId('print'), 'a Print button').toBeVisible()
  await expect(app.byTestId('chart-category').locator('canvas')).toBeVisible()
  const reportLine = (await app.byTestId('stats-report-line').textContent())!
  const pages = await printed(app, 'issue-stats')

  const today = beijingToday()
  expectOnPaper(
    pages,
    ['诉求统计', '范围：管辖范围合计', `统计期间：${today.slice(0, 8)}01`, '打印人：测试管理员', reportLine],
    ['导出 Excel'],
  )
  expectOnPaper(pages, [gridName(1), gridName(GRIDS), run.grid, '按网格', '按社区', '按类别'])
  // every grid with issues in the admin's scope has its row (other specs' grids too): about 15 rows a sheet or more
  const rows = await app.page.locator('.gw-print-table tbody tr').count()
  expect(rows).toBeGreaterThanOrEqual(GRIDS)
  expect(pages.length, `${rows} rows and the charts on a sane number of A4 sheets`).toBeGreaterThanOrEqual(2)
  expect(pages.length).toBeLessThanOrEqual(2 + Math.ceil(rows / 15))

  // the sheet after the one where the grid table starts begins with the table's header again
  const start = pages.findIndex((p) => p.includes(squeezed(gridName(1))))
  expect(start, 'the by-grid table is printed').toBeGreaterThanOrEqual(0)
  const next = pages[start + 1]!
  const firstRowThere = Array.from({ length: GRIDS }, (_, i) => squeezed(gridName(i + 1))).find((g) => next.includes(g))
  expect(firstRowThere, 'the by-grid table runs onto the next sheet').toBeTruthy()
  const header = next.indexOf('按期办结率')
  expect(header, 'the header is repeated on the next sheet').toBeGreaterThanOrEqual(0)
  expect(header, 'above the rows').toBeLessThan(next.indexOf(firstRowThere!))
})

test('the registry statistics (households) print with the households listed', async ({ app }) => {
  // other specs fill the shared database: the list is searched for this run's household (the address in the URL)
  await app.page.goto(`/households?q=${encodeURIComponent(run.address)}`)
  await app.byTestId('household-table').locator('tbody tr', { hasText: run.address }).waitFor()
  const pages = await printed(app, 'registry-stats')
  expectOnPaper(
    pages,
    ['台账统计', '范围：全部网格', '打印人：测试管理员', run.address, run.head, run.grid],
    ['新建户'],
  )
  expect(pages.length).toBeLessThanOrEqual(3)
})

test("a household's page prints with its members, ID numbers masked", async ({ app }) => {
  await app.page.goto(`/households/${records.householdId}`)
  await app.byTestId('household-address').waitFor()
  const pages = await printed(app, 'household')
  expectOnPaper(pages, [`户详情：${run.address}`, run.grid, run.head, '110105', '打印人：测试管理员'], ['添加成员'])
  expect(pages.join(''), 'no full ID number on paper').not.toMatch(/11010519700312\d{3}[\dX]/)
  expect(pages.length).toBeLessThanOrEqual(2)
})

test("an issue's page prints with its description, long text wrapped", async ({ app }) => {
  await app.page.goto(`/issues/${records.issueId}`)
  await app.byTestId('issue-detail-number').waitFor()
  const pages = await printed(app, 'issue')
  expectOnPaper(pages, [`诉求详情${records.issueNumber}`, records.categoryName, records.description, run.head])
  expect(pages.length).toBeLessThanOrEqual(2)
})
