// Registry: in a new grid (made through the API), its grid worker imports a small .xlsx with one bad row, sees the
// error row, fixes it, imports it, finds a resident by ID number, reveals it with a reason, and finds the reveal in
// the audit log.
import { expect, newRun, test, type World } from './fixtures'
import { idCard, xlsx } from './support/xlsx'

test.describe.configure({ mode: 'serial' })

const run = newRun()
let world: World

// residents of the imported household: valid ID numbers that differ from run to run
const seq = Date.now() % 1000
const birthYear = 1950 + (Date.now() % 40)
const ids = {
  head: idCard('110105', `${birthYear}0312`, seq - (seq % 2) + 1), // odd sequence: male
  spouse: idCard('110105', `${birthYear + 2}0708`, seq - (seq % 2)), // even sequence: female
}
/** The spouse's number with a wrong check character: the bad row of the first upload. */
const badSpouseId = ids.spouse.slice(0, 17) + (ids.spouse[17] === '0' ? '1' : '0')
const revealReason = '电话回访核实低保申请材料'

const header = [
  '网格编码',
  '地址',
  '住房类型',
  '户标签',
  '户联系电话',
  '姓名',
  '与户主关系',
  '身份证号',
  '联系电话',
  '民族',
  '户籍类型',
  '关怀标签',
]
const household = [`G-${run.stamp}`, run.address, '自有住房', '低保户', `1380013${String(seq).padStart(4, '0')}`]
const workbook = (spouseId: string) => ({
  name: '住户台账.xlsx',
  mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  buffer: xlsx('住户居民', [
    header,
    [...household, run.head, '户主', ids.head, '', '汉族', '户籍人口', '老党员'],
    [...household, run.spouse, '配偶', spouseId, `1390013${String(seq).padStart(4, '0')}`, '汉族', '户籍人口', ''],
  ]),
})

test.beforeAll(async ({ adminApi }) => {
  world = await adminApi.world(run)
})

test('the grid worker sees the registry menus and an empty household list', async ({ app }, testInfo) => {
  await app.page.goto('/areas', { waitUntil: 'domcontentloaded' })
  await app.signIn(world.worker)
  await app.waitForApp()
  await app.byTestId('menu-households').waitFor()
  await app.byTestId('menu-residents').waitFor()
  await app.byTestId('menu-audit').waitFor()
  await app.byTestId('menu-households').click()
  await app.page.waitForURL(/\/households$/)
  await app.byTestId('household-table').waitFor()
  await app.byTestId('registry-stats').waitFor()
  await app.screenshot('households-empty')
  await app.checkA11y(testInfo, 'households')
})

test('the import wizard offers the template for download', async ({ app }, testInfo) => {
  await app.byTestId('registry-import').click()
  await app.page.waitForURL(/\/households\/import/)
  await app.byTestId('import-step-template').waitFor()
  const [download] = await Promise.all([
    app.page.waitForEvent('download', { timeout: 30_000 }),
    app.byTestId('import-template').click(),
  ])
  expect(download.suggestedFilename(), 'the template is an .xlsx').toMatch(/\.xlsx$/)
  await app.screenshot('import-template')
  await app.checkA11y(testInfo, 'import')
  await app.byTestId('import-next').click()
  await app.byTestId('import-step-upload').waitFor()
  await app.screenshot('import-upload')
})

test('a file with one bad row is refused with the row, the column and the reason', async ({ app }) => {
  await app.page
    .locator('[data-testid="import-upload"] input[type=file]')
    .setInputFiles({ ...workbook(badSpouseId), name: '住户台账-有误.xlsx' })
  await app.byTestId('import-has-errors').waitFor({ timeout: 60_000 })
  const rows = await app.page.locator('[data-testid="import-errors"] tbody tr').allTextContents()
  expect(rows, 'one error').toHaveLength(1)
  expect(
    rows[0]!.includes('3') && rows[0]!.includes('身份证号'),
    `the error names row 3 and 身份证号, got ${rows[0]}`,
  ).toBe(true)
  await expect(app.byTestId('import-confirm'), 'a file with errors cannot be imported').toHaveCount(0)
  await app.screenshot('import-errors')
})

test('the fixed file passes the check and is imported', async ({ app }) => {
  await app.byTestId('import-reupload').click()
  await app.byTestId('import-step-upload').waitFor()
  await app.page.locator('[data-testid="import-upload"] input[type=file]').setInputFiles(workbook(ids.spouse))
  await app.byTestId('import-ready').waitFor({ timeout: 60_000 })
  await app.screenshot('import-ready')
  await app.byTestId('import-confirm').click()
  await app.page.locator('.el-message-box .el-button--primary').click()
  await app.byTestId('import-step-done').waitFor({ timeout: 60_000 })
  const counts = (await app.page.locator('[data-testid="import-counts"] tbody tr').allTextContents()).map((c) =>
    c.replace(/\s+/g, ' '),
  )
  expect(counts, 'counts for households and residents').toHaveLength(2)
  expect(counts[0], 'one household created').toMatch(/户\s*1\s*0\s*0/)
  expect(counts[1], 'two residents created').toMatch(/居民\s*2\s*0\s*0/)
  await app.screenshot('import-done')
})

test('the imported household is listed with its tag, and its detail shows both members', async ({ app }, testInfo) => {
  const { page } = app
  await app.byTestId('import-to-list').click()
  await page.waitForURL(/\/households$/)
  const row = page.locator('[data-testid="household-table"] tr', { hasText: run.address })
  await row.waitFor()
  await expect(row, 'the household shows its tag 低保户').toContainText('低保户')
  await app.screenshot('households')
  await row.locator('a', { hasText: run.address }).click()
  await page.waitForURL(/\/households\/\d+$/)
  await page.locator('[data-testid="member-table"] tr', { hasText: run.spouse }).waitFor()
  const head = page.locator('[data-testid="member-table"] tr', { hasText: run.head })
  await head.waitFor()
  await expect(head.locator('[data-testid="masked-value"]'), 'the ID number is masked').toHaveText(
    `${ids.head.slice(0, 6)}********${ids.head.slice(14)}`,
  )
  await app.byTestId('household-history').waitFor()
  await app.screenshot('household-detail')
  await app.checkA11y(testInfo, 'household detail')
})

test('the resident form derives birth date and gender from the ID number as it is typed', async ({ app }) => {
  await app.byTestId('member-add').click()
  const form = app.byTestId('resident-form')
  await form.waitFor()
  await form.locator('input[data-testid="resident-id-card"]').fill(badSpouseId)
  await form.locator('.el-form-item__error', { hasText: '校验位' }).waitFor()
  await form.locator('input[data-testid="resident-id-card"]').fill(ids.spouse)
  await app.byTestId('id-card-ok').waitFor()
  await expect(app.byTestId('derived-birth-date'), 'derived birth date').toHaveText(`${birthYear + 2}-07-08`)
  await expect(app.byTestId('derived-gender'), 'derived gender').toHaveText('女')
  await app.screenshot('resident-form')
  await app.page.locator('.el-dialog__footer button', { hasText: '取消' }).first().click()
  await form.waitFor({ state: 'hidden' })
})

test('the grid worker finds the head of household by ID number', async ({ app }, testInfo) => {
  const { page } = app
  await app.byTestId('menu-residents').click()
  await page.waitForURL(/\/residents/)
  await page.locator('input[data-testid="resident-filter-id"]').fill(ids.head)
  await app.byTestId('resident-search').click()
  await page.locator('[data-testid="resident-table"] tbody tr', { hasText: run.head }).waitFor()
  await expect(page.locator('[data-testid="resident-table"] tbody tr')).toHaveCount(1)
  await app.screenshot('residents-by-id')
  await app.checkA11y(testInfo, 'residents')
})

test('revealing the ID number asks for a reason, shows it, and counts down', async ({ app }) => {
  const { page } = app
  const residentRow = page.locator('[data-testid="resident-table"] tbody tr', { hasText: run.head })
  await residentRow.locator('[data-testid^="resident-id-"] [data-testid="reveal-button"]').click()
  const dialog = app.byTestId('reveal-form')
  await dialog.waitFor()
  await app.byTestId('reveal-submit').click()
  await page.locator('.el-form-item__error', { hasText: '请填写查看原因' }).waitFor()
  await page.locator('[data-testid="reveal-reason"] textarea, textarea[data-testid="reveal-reason"]').fill(revealReason)
  await app.screenshot('reveal-dialog')
  await app.byTestId('reveal-submit').click()
  const value = residentRow.locator('[data-testid="revealed-value"]')
  await value.waitFor()
  await dialog.waitFor({ state: 'hidden' })
  // the dialog's overlay fades out: wait until none is shown, so that the screenshot shows the revealed value
  await page.waitForFunction(() =>
    [...document.querySelectorAll('.el-overlay')].every((o) => getComputedStyle(o).display === 'none'),
  )
  await expect(value, 'the plain ID number is shown').toHaveText(ids.head)
  await expect(residentRow, 'a countdown is shown').toContainText('秒后自动隐藏')
  await app.screenshot('revealed')
})

test('the audit log shows the reveal with its reason', async ({ app }, testInfo) => {
  await app.byTestId('menu-audit').click()
  await app.page.waitForURL(/\/audit/)
  const row = app.page.locator('[data-testid="audit-table"] tbody tr', { hasText: revealReason })
  await row.waitFor()
  await expect(row, 'the action is a reveal of the ID number').toContainText('查看身份证号')
  await expect(row, 'whose: the resident').toContainText(run.head)
  await expect(row, 'who: the grid worker, by name').toContainText(run.workerName)
  await expect(row, 'the audit log does not show the ID number').not.toContainText(ids.head)
  await app.page.locator('[data-testid="audit-table"] tbody tr [data-action="IMPORT"]').first().waitFor()
  await app.screenshot('audit')
  await app.checkA11y(testInfo, 'audit')
})
