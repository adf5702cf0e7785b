// End-to-end scenario in headless Chromium against a running stack (SPA + backend + Keycloak):
// the street-admin logs in on the real Keycloak page, builds sub-district → community → grid, creates a grid worker
// for that grid, logs out; the worker logs in, changes the temporary password and sees only that grid.
// Registry (issue 3): the worker imports a small .xlsx with one bad row, sees the error row, fixes it, imports it,
// finds a resident by ID number, reveals it with a reason, and finds the reveal in the audit log.
// Talk days and issues (issue 4), in the community and grid built above: the street-admin schedules a talk day for
// today, enters three issues in its batch intake, accepts one and assigns it to the grid worker; the grid worker
// starts and resolves it; the street-admin (its first-responsible person) records the resident's satisfaction,
// which closes it; the statistics count it.
//
// Env: E2E_BASE_URL (SPA, default http://localhost:5174), E2E_KEYCLOAK_URL (Keycloak, default http://localhost:8181),
// E2E_ADMIN_USERNAME / E2E_ADMIN_PASSWORD (default e2eadmin / E2e-admin-pass1), E2E_CHROMIUM (default /usr/bin/chromium).
// Screenshots of every page go to ../.run/e2e/screenshots. Prints "N passed, M failed"; exits non-zero on failure.
import { chromium } from 'playwright-core'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { idCard, xlsx } from './xlsx.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const BASE_URL = (process.env.E2E_BASE_URL || 'http://localhost:5174').replace(/\/$/, '')
const KEYCLOAK_URL = (process.env.E2E_KEYCLOAK_URL || process.env.E2E_KEYCLOAK_ADMIN_URL || 'http://localhost:8181').replace(/\/$/, '')
const ADMIN_USER = process.env.E2E_ADMIN_USERNAME || 'e2eadmin'
const ADMIN_PASSWORD = process.env.E2E_ADMIN_PASSWORD || 'E2e-admin-pass1'
const CHROMIUM = process.env.E2E_CHROMIUM || '/usr/bin/chromium'
const SHOTS = resolve(here, '../../.run/e2e/screenshots')

// unique per run, so the scenario can run again against the same database
const stamp = Date.now().toString(36)
const names = {
  subDistrict: `E2E街道${stamp}`,
  community: `E2E社区${stamp}`,
  grid: `E2E网格${stamp}`,
  workerName: `网格员${stamp.slice(-4)}`,
  workerUsername: `gw${stamp}`,
  workerPhone: `139${String(Date.now()).slice(-8)}`,
  workerPassword: `Gw-${stamp}-Pass1`,
  address: `E2E平房${stamp}号`,
  head: `李${stamp.slice(-2)}华`,
  spouse: `王${stamp.slice(-2)}芳`,
}

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

let passed = 0
let failed = 0
let shot = 0
let page

/** Waits until no Element Plus loading mask is shown, so that a screenshot shows the loaded page. */
async function settled() {
  await page.waitForFunction(
    () => [...document.querySelectorAll('.el-loading-mask')].every((m) => getComputedStyle(m).display === 'none'),
    undefined,
    { timeout: 20_000 },
  ).catch(() => undefined)
}

async function screenshot(name) {
  await settled()
  shot += 1
  const file = join(SHOTS, `${String(shot).padStart(2, '0')}-${name}.png`)
  await page.screenshot({ path: file, fullPage: true }).catch((e) => console.error(`  (screenshot ${name} failed: ${e.message})`))
}

async function step(name, fn) {
  const started = Date.now()
  try {
    await fn()
    passed += 1
    console.log(`ok   ${name} (${Date.now() - started} ms)`)
  } catch (e) {
    failed += 1
    console.log(`FAIL ${name}: ${e?.stack || e}`)
    await screenshot(`failure-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`)
    throw e
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(`assertion failed: ${message}`)
}

const byTestId = (id) => page.locator(`[data-testid="${id}"]`)

async function onKeycloak() {
  await page.waitForURL((url) => url.href.startsWith(KEYCLOAK_URL), { timeout: 60_000 })
  await page.locator('#username').waitFor({ timeout: 60_000 })
}

/** Fills the Keycloak login form, then answers whatever Keycloak asks before it lets the user in. */
async function keycloakLogin(username, password, newPassword) {
  await onKeycloak()
  await page.fill('#username', username)
  await page.fill('#password', password)
  await Promise.all([page.waitForLoadState(), page.locator('#kc-login').click()])
  for (let i = 0; i < 5; i++) {
    await page.waitForURL((url) => url.href.startsWith(BASE_URL) || url.href.includes('login-actions') || url.href.includes('/protocol/openid-connect/auth'), { timeout: 60_000 })
    if (page.url().startsWith(BASE_URL)) return
    await page.waitForLoadState('domcontentloaded')
    if (await page.locator('#password-new').count()) {
      assert(newPassword, 'Keycloak asks for a new password but none was expected')
      await screenshot('keycloak-update-password')
      await page.fill('#password-new', newPassword)
      await page.fill('#password-confirm', newPassword)
    } else if (await page.locator('#firstName, #email').count()) {
      await screenshot('keycloak-update-profile')
      for (const [field, value] of [['#email', `${username}@example.invalid`], ['#firstName', username], ['#lastName', 'E2E']]) {
        const input = page.locator(field)
        if ((await input.count()) && !(await input.inputValue())) await input.fill(value)
      }
    } else {
      const error = await page.locator('#input-error, .alert-error, .pf-m-danger, .kc-feedback-text').first().textContent().catch(() => null)
      throw new Error(`unexpected Keycloak page ${page.url()}: ${error ?? '(no message)'}`)
    }
    await Promise.all([page.waitForLoadState(), page.locator('[type=submit]').first().click()])
  }
  throw new Error('still on Keycloak after answering five pages')
}

async function waitForApp() {
  await page.waitForURL((url) => url.href.startsWith(BASE_URL), { timeout: 60_000 })
  await byTestId('side-menu').waitFor({ timeout: 60_000 })
}

async function treeNode(name) {
  const node = page.locator('[data-testid="area-node"]', { hasText: name })
  await node.first().waitFor({ timeout: 20_000 })
  return node.first()
}

async function selectInTree(name) {
  const node = await treeNode(name)
  await node.click()
  await page.waitForURL(/[?&]id=\d+/)
  await page.locator('[data-testid="area-detail-name"]', { hasText: name }).waitFor()
  return Number(await node.getAttribute('data-area-id'))
}

async function switchLocale(locale) {
  await byTestId('locale-switch').click()
  await page.locator(`[data-testid="locale-${locale}"]`).click()
  await page.waitForFunction((l) => document.documentElement.lang === l, locale)
}

async function fillAreaDialog(name, code) {
  const form = byTestId('area-form')
  await form.waitFor()
  await form.locator('input[data-testid="area-name"]').fill(name)
  await form.locator('input[data-testid="area-code"]').fill(code)
  await screenshot(`dialog-${code.toLowerCase()}`)
  await byTestId('area-submit').click()
  await form.waitFor({ state: 'hidden', timeout: 20_000 })
}

/** Signs the current user out through the user menu and waits for the Keycloak login page. */
async function logout() {
  await byTestId('user-menu').click()
  await byTestId('logout').click()
  await page.locator('.el-message-box .el-button--primary').click()
  await onKeycloak()
}

/** Today in China Standard Time (the days talk days and statistics are counted in). */
function beijingToday() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date())
}

/** Opens an Element Plus select (by its data-testid) and picks the visible option with `text`. */
async function choose(testid, text) {
  await page.locator(`[data-testid="${testid}"]`).first().click()
  const option = page.locator('.el-select-dropdown__item:visible, .el-tree-node__content:visible', { hasText: text }).first()
  await option.waitFor()
  await option.click()
}

/** Waits until the open issue shows `status` (the tag in its header). */
async function issueStatus(status) {
  await page.locator(`[data-testid="issue-detail"] [data-testid="issue-status"][data-status="${status}"]`).waitFor({ timeout: 20_000 })
}

/** Performs a workflow action on the open issue through its dialog; `fill` enters what the action needs. */
async function issueAction(action, fill = async () => undefined) {
  await byTestId(`action-${action}`).click()
  const form = byTestId('issue-action-form')
  await form.waitFor()
  await fill(form)
  await screenshot(`issue-action-${action.toLowerCase()}`)
  await byTestId('action-submit').click()
  await form.waitFor({ state: 'hidden', timeout: 20_000 })
}

async function main() {
  rmSync(SHOTS, { recursive: true, force: true })
  mkdirSync(SHOTS, { recursive: true })
  const profile = mkdtempSync(join(tmpdir(), 'gridwork-e2e-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    locale: 'zh-CN',
    viewport: { width: 1440, height: 900 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
  page = context.pages()[0] ?? (await context.newPage())
  page.setDefaultTimeout(20_000)
  const consoleErrors = []
  page.on('pageerror', (e) => consoleErrors.push(e.message))

  try {
    console.log(`e2e: ${BASE_URL} with Keycloak ${KEYCLOAK_URL}, run ${stamp}`)
    let gridId

    await step('the app sends an anonymous visitor to the Keycloak login page', async () => {
      await page.goto(BASE_URL, { waitUntil: 'domcontentloaded', timeout: 60_000 })
      await onKeycloak()
      assert(page.url().includes('code_challenge_method=S256'), 'the login request uses PKCE S256')
      await screenshot('keycloak-login')
    })

    await step('the street-admin logs in and sees the areas and staff menus', async () => {
      await keycloakLogin(ADMIN_USER, ADMIN_PASSWORD)
      await waitForApp()
      await byTestId('menu-staff').waitFor()
      await byTestId('menu-areas').waitFor()
      const role = await byTestId('user-role').textContent()
      assert(role?.includes('街道管理员'), `role shown as street-admin, got ${role}`)
      await page.locator('[data-testid="area-tree"], [data-testid="area-tree-empty"]').first().waitFor()
      await screenshot('areas-admin')
    })

    await step('a sub-district exists (created when the database is empty)', async () => {
      const existing = page.locator('[data-testid="area-node"][data-level="SUB_DISTRICT"]')
      if ((await existing.count()) === 0) {
        await byTestId('create-subdistrict').first().click()
        await fillAreaDialog(names.subDistrict, `SD-${stamp}`)
        await selectInTree(names.subDistrict)
      } else {
        await existing.first().click()
        await page.waitForURL(/[?&]id=\d+/)
      }
      await byTestId('area-detail').waitFor()
      await screenshot('sub-district')
    })

    await step('the street-admin creates a community under the sub-district', async () => {
      await byTestId('create-child').click()
      await fillAreaDialog(names.community, `C-${stamp}`)
      await selectInTree(names.community)
      await screenshot('community')
    })

    await step('the street-admin creates a grid in the community', async () => {
      await byTestId('create-child').click()
      await fillAreaDialog(names.grid, `G-${stamp}`)
      gridId = await selectInTree(names.grid)
      assert(gridId > 0, 'the grid has an id')
      await byTestId('grid-workers').waitFor()
      await screenshot('grid')
    })

    await step('in English, a duplicate grid code is refused next to the field, in English', async () => {
      await switchLocale('en-US')
      await byTestId('menu-areas').filter({ hasText: 'Areas' }).waitFor()
      await selectInTree(names.community)
      await byTestId('create-child').click()
      const form = byTestId('area-form')
      await form.waitFor()
      await form.locator('input[data-testid="area-name"]').fill(`${names.grid}-2`)
      await form.locator('input[data-testid="area-code"]').fill(`G-${stamp}`)
      await byTestId('area-submit').click()
      const error = form.locator('.el-form-item', { has: page.locator('input[data-testid="area-code"]') }).locator('.el-form-item__error')
      await error.waitFor()
      const message = (await error.textContent())?.trim() ?? ''
      assert(message.length > 0 && !/[\u4e00-\u9fff]/.test(message), `an English message at the code field, got "${message}"`)
      await screenshot('duplicate-code-en')
      await page.locator('.el-dialog__footer button', { hasText: 'Cancel' }).click()
      await form.waitFor({ state: 'hidden' })
      await switchLocale('zh-CN')
      await byTestId('menu-areas').filter({ hasText: '区域管理' }).waitFor()
    })

    let temporaryPassword
    await step('the street-admin creates a grid-worker account scoped to the grid', async () => {
      await byTestId('menu-staff').click()
      await page.waitForURL(/\/staff/)
      await byTestId('staff-table').waitFor()
      await screenshot('staff')
      await byTestId('staff-create').click()
      const form = byTestId('staff-form')
      await form.waitFor()
      await form.locator('input[data-testid="staff-username"]').fill(names.workerUsername)
      await form.locator('input[data-testid="staff-display-name"]').fill(names.workerName)
      await form.locator('input[data-testid="staff-phone"]').fill(names.workerPhone)
      const role = await form.locator('[data-testid="staff-role"]').textContent()
      assert(role?.includes('网格员'), `the new account defaults to grid worker, got ${role}`)
      await form.locator('.el-form-item', { has: page.locator('[data-testid="staff-areas"]') }).locator('.el-select__wrapper').click()
      await page.locator(`[data-testid="scope-option-${gridId}"]`).click()
      await page.locator('.el-dialog__title', { hasText: '新建账号' }).click()
      await page.locator('.el-popper.scope-picker-popper').waitFor({ state: 'hidden' })
      await screenshot('staff-create-dialog')
      await byTestId('staff-submit').click()
      await byTestId('temp-password-dialog').waitFor()
      temporaryPassword = (await byTestId('temporary-password').textContent())?.trim()
      assert(temporaryPassword && temporaryPassword.length >= 8, 'a temporary password is shown')
      await screenshot('temporary-password')
      await byTestId('temp-password-close').click()
      await byTestId('temp-password-dialog').waitFor({ state: 'hidden' })
      await page.locator('[data-testid="staff-table"] tr', { hasText: names.workerUsername }).waitFor()
      await screenshot('staff-with-worker')
    })

    await step('the grid lists its new grid worker', async () => {
      await page.goto(`${BASE_URL}/areas?id=${gridId}`, { waitUntil: 'domcontentloaded' })
      await page.locator('[data-testid="grid-worker"]', { hasText: names.workerName }).waitFor({ timeout: 30_000 })
      await screenshot('grid-with-worker')
    })

    await step('the street-admin logs out', async () => {
      await byTestId('user-menu').click()
      await byTestId('logout').click()
      await page.locator('.el-message-box .el-button--primary').click()
      await onKeycloak()
      await screenshot('logged-out')
    })

    await step('the grid worker logs in and replaces the temporary password', async () => {
      await keycloakLogin(names.workerUsername, temporaryPassword, names.workerPassword)
      await waitForApp()
      const name = await byTestId('user-name').textContent()
      assert(name?.trim() === names.workerName, `header shows the worker, got ${name}`)
    })

    await step('the grid worker sees only that grid and no staff menu', async () => {
      await page.locator('[data-testid="area-tree"]').waitFor()
      await treeNode(names.grid)
      const inScope = await page.locator('[data-testid="area-node"][data-in-scope="true"]').allTextContents()
      assert(inScope.length === 1 && inScope[0].includes(names.grid), `only the grid is in scope, got ${JSON.stringify(inScope)}`)
      const grids = await page.locator('[data-testid="area-node"][data-level="GRID"]').allTextContents()
      assert(grids.length === 1, `only one grid is visible, got ${JSON.stringify(grids)}`)
      assert((await byTestId('menu-staff').count()) === 0, 'no staff menu for a grid worker')
      assert((await byTestId('create-subdistrict').count()) === 0, 'a grid worker cannot create areas')
      await screenshot('areas-worker')
      await selectInTree(names.grid)
      assert((await byTestId('area-edit').count()) === 0, 'a grid worker cannot edit the grid')
      await page.locator('[data-testid="grid-worker"]', { hasText: names.workerName }).waitFor()
      await screenshot('grid-worker-detail')
    })

    await step('the staff page is forbidden to the grid worker', async () => {
      await page.goto(`${BASE_URL}/staff`, { waitUntil: 'domcontentloaded' })
      await byTestId('forbidden').waitFor({ timeout: 30_000 })
      await screenshot('forbidden')
    })


    // ---------------------------------------------------------------- registry (issue 3)
    const header = ['网格编码', '地址', '住房类型', '户标签', '户联系电话', '姓名', '与户主关系', '身份证号', '联系电话', '民族', '户籍类型', '关怀标签']
    const household = [`G-${stamp}`, names.address, '自有住房', '低保户', `1380013${String(seq).padStart(4, '0')}`]
    const workbook = (spouseId) =>
      xlsx('住户居民', [
        header,
        [...household, names.head, '户主', ids.head, '', '汉族', '户籍人口', '老党员'],
        [...household, names.spouse, '配偶', spouseId, `1390013${String(seq).padStart(4, '0')}`, '汉族', '户籍人口', ''],
      ])
    const files = mkdtempSync(join(tmpdir(), 'gridwork-e2e-xlsx-'))
    const badFile = join(files, '住户台账-有误.xlsx')
    const goodFile = join(files, '住户台账.xlsx')
    writeFileSync(badFile, workbook(badSpouseId))
    writeFileSync(goodFile, workbook(ids.spouse))

    await step('the grid worker sees the registry menus and an empty household list', async () => {
      await page.goto(`${BASE_URL}/areas`, { waitUntil: 'domcontentloaded' })
      await waitForApp()
      await byTestId('menu-households').waitFor()
      await byTestId('menu-residents').waitFor()
      await byTestId('menu-audit').waitFor()
      await byTestId('menu-households').click()
      await page.waitForURL(/\/households$/)
      await byTestId('household-table').waitFor()
      await byTestId('registry-stats').waitFor()
      await screenshot('households-empty')
    })

    await step('the import wizard offers the template for download', async () => {
      await byTestId('registry-import').click()
      await page.waitForURL(/\/households\/import/)
      await byTestId('import-step-template').waitFor()
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), byTestId('import-template').click()])
      assert(/\.xlsx$/.test(download.suggestedFilename()), `the template is an .xlsx, got ${download.suggestedFilename()}`)
      await screenshot('import-template')
      await byTestId('import-next').click()
      await byTestId('import-step-upload').waitFor()
      await screenshot('import-upload')
    })

    await step('a file with one bad row is refused with the row, the column and the reason', async () => {
      await page.locator('[data-testid="import-upload"] input[type=file]').setInputFiles(badFile)
      await byTestId('import-has-errors').waitFor({ timeout: 60_000 })
      const rows = await page.locator('[data-testid="import-errors"] tbody tr').allTextContents()
      assert(rows.length === 1, `one error, got ${JSON.stringify(rows)}`)
      assert(rows[0].includes('3') && rows[0].includes('身份证号'), `the error names row 3 and 身份证号, got ${rows[0]}`)
      assert((await byTestId('import-confirm').count()) === 0, 'a file with errors cannot be imported')
      await screenshot('import-errors')
    })

    await step('the fixed file passes the check and is imported', async () => {
      await byTestId('import-reupload').click()
      await byTestId('import-step-upload').waitFor()
      await page.locator('[data-testid="import-upload"] input[type=file]').setInputFiles(goodFile)
      await byTestId('import-ready').waitFor({ timeout: 60_000 })
      await screenshot('import-ready')
      await byTestId('import-confirm').click()
      await page.locator('.el-message-box .el-button--primary').click()
      await byTestId('import-step-done').waitFor({ timeout: 60_000 })
      const counts = await page.locator('[data-testid="import-counts"] tbody tr').allTextContents()
      assert(counts.length === 2, `counts for households and residents, got ${JSON.stringify(counts)}`)
      assert(/户\s*1\s*0\s*0/.test(counts[0].replace(/\s+/g, ' ')), `one household created, got ${counts[0]}`)
      assert(/居民\s*2\s*0\s*0/.test(counts[1].replace(/\s+/g, ' ')), `two residents created, got ${counts[1]}`)
      await screenshot('import-done')
    })

    await step('the imported household is listed with its tag, and its detail shows both members', async () => {
      await byTestId('import-to-list').click()
      await page.waitForURL(/\/households$/)
      const row = page.locator('[data-testid="household-table"] tr', { hasText: names.address })
      await row.waitFor()
      assert((await row.textContent())?.includes('低保户'), 'the household shows its tag 低保户')
      await screenshot('households')
      await row.locator('a', { hasText: names.address }).click()
      await page.waitForURL(/\/households\/\d+$/)
      await page.locator('[data-testid="member-table"] tr', { hasText: names.spouse }).waitFor()
      await page.locator('[data-testid="member-table"] tr', { hasText: names.head }).waitFor()
      const masked = await page.locator('[data-testid="member-table"] tr', { hasText: names.head }).locator('[data-testid="masked-value"]').textContent()
      assert(masked?.trim() === `${ids.head.slice(0, 6)}********${ids.head.slice(14)}`, `the ID number is masked, got ${masked}`)
      await byTestId('household-history').waitFor()
      await screenshot('household-detail')
    })

    await step('the resident form derives birth date and gender from the ID number as it is typed', async () => {
      await byTestId('member-add').click()
      const form = byTestId('resident-form')
      await form.waitFor()
      await form.locator('input[data-testid="resident-id-card"]').fill(badSpouseId)
      await form.locator('.el-form-item__error', { hasText: '校验位' }).waitFor()
      await form.locator('input[data-testid="resident-id-card"]').fill(ids.spouse)
      await byTestId('id-card-ok').waitFor()
      const birth = (await byTestId('derived-birth-date').textContent())?.trim()
      const gender = (await byTestId('derived-gender').textContent())?.trim()
      assert(birth === `${birthYear + 2}-07-08`, `derived birth date, got ${birth}`)
      assert(gender === '女', `derived gender, got ${gender}`)
      await screenshot('resident-form')
      await page.locator('.el-dialog__footer button', { hasText: '取消' }).first().click()
      await form.waitFor({ state: 'hidden' })
    })

    let residentRow
    await step('the grid worker finds the head of household by ID number', async () => {
      await byTestId('menu-residents').click()
      await page.waitForURL(/\/residents/)
      await page.locator('input[data-testid="resident-filter-id"]').fill(ids.head)
      await byTestId('resident-search').click()
      residentRow = page.locator('[data-testid="resident-table"] tbody tr', { hasText: names.head })
      await residentRow.waitFor()
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="resident-table"] tbody tr').length === 1)
      await screenshot('residents-by-id')
    })

    await step('revealing the ID number asks for a reason, shows it, and counts down', async () => {
      await residentRow.locator('[data-testid^="resident-id-"] [data-testid="reveal-button"]').click()
      const dialog = byTestId('reveal-form')
      await dialog.waitFor()
      await byTestId('reveal-submit').click()
      await page.locator('.el-form-item__error', { hasText: '请填写查看原因' }).waitFor()
      await page.locator('[data-testid="reveal-reason"] textarea, textarea[data-testid="reveal-reason"]').fill(revealReason)
      await screenshot('reveal-dialog')
      await byTestId('reveal-submit').click()
      const value = residentRow.locator('[data-testid="revealed-value"]')
      await value.waitFor()
      await dialog.waitFor({ state: 'hidden' })
      // the dialog's overlay fades out: wait until none is shown, so that the screenshot shows the revealed value
      await page.waitForFunction(() => [...document.querySelectorAll('.el-overlay')].every((o) => getComputedStyle(o).display === 'none'))
      assert((await value.textContent())?.trim() === ids.head, 'the plain ID number is shown')
      assert((await residentRow.textContent())?.includes('秒后自动隐藏'), 'a countdown is shown')
      await screenshot('revealed')
    })

    await step('the audit log shows the reveal with its reason', async () => {
      await byTestId('menu-audit').click()
      await page.waitForURL(/\/audit/)
      const row = page.locator('[data-testid="audit-table"] tbody tr', { hasText: revealReason })
      await row.waitFor()
      const text = (await row.textContent()) ?? ''
      assert(text.includes('查看身份证号'), `the action is a reveal of the ID number, got ${text}`)
      assert(text.includes(names.head), `whose: the resident, got ${text}`)
      assert(text.includes(names.workerUsername), `who: the grid worker, got ${text}`)
      assert(!text.includes(ids.head), 'the audit log does not show the ID number')
      await page.locator('[data-testid="audit-table"] tbody tr [data-action="IMPORT"]').first().waitFor()
      await screenshot('audit')
    })
    rmSync(files, { recursive: true, force: true })

    // ---------------------------------------------------------------- talk days and issues (issue 4)
    const talk = {
      topic: `E2E说事${stamp}`,
      place: '社区党群服务中心二楼会议室',
      hosts: `社区书记、网格员${names.workerName}`,
      date: beijingToday(),
      issues: [
        { reporter: `赵${stamp.slice(-2)}`, text: `E2E${stamp} 3号楼2单元停水两天`, grid: names.grid },
        { reporter: `钱${stamp.slice(-2)}`, text: `E2E${stamp} 楼道灯不亮已一周` },
        { reporter: `孙${stamp.slice(-2)}`, text: `E2E${stamp} 垃圾清运不及时` },
      ],
    }
    let issueUrl

    await step('the grid worker logs out and the street-admin logs in again', async () => {
      await logout()
      await keycloakLogin(ADMIN_USER, ADMIN_PASSWORD)
      await waitForApp()
      await byTestId('menu-talk-days').waitFor()
      await byTestId('menu-issues').waitFor()
      await byTestId('menu-issue-stats').waitFor()
    })

    await step('the street-admin schedules a talk day for the new community today', async () => {
      await byTestId('menu-talk-days').click()
      await page.waitForURL(/\/talk-days$/)
      await byTestId('talk-day-calendar').waitFor()
      await screenshot('talk-days')
      await byTestId('talk-day-create').click()
      const form = byTestId('talk-day-form')
      await form.waitFor()
      await choose('talk-day-community', names.community)
      const date = page.locator('[data-testid="talk-day-date"] input')
      await date.fill(talk.date)
      await date.press('Enter')
      await page.locator('input[data-testid="talk-day-place"]').fill(talk.place)
      await page.locator('input[data-testid="talk-day-topic"]').fill(talk.topic)
      await page.locator('input[data-testid="talk-day-hosts"]').fill(talk.hosts)
      await screenshot('talk-day-schedule')
      await byTestId('talk-day-submit').click()
      await page.waitForURL(/\/talk-days\/\d+$/)
      await page.locator('[data-testid="talk-day-title"]', { hasText: names.community }).waitFor()
      await byTestId('batch-intake').waitFor()
      await screenshot('talk-day-session')
    })

    await step('three issues are entered in the batch intake, which keeps the category and clears the reporter', async () => {
      for (const [i, issue] of talk.issues.entries()) {
        if (i === 0) await choose('intake-category', '供水')
        if (issue.grid) await choose('location-area', issue.grid)
        await page.locator('input[data-testid="reporter-name"]').fill(issue.reporter)
        const text = page.locator('textarea[data-testid="intake-description"]')
        await text.fill(issue.text)
        if (i === 0) await screenshot('intake-filled')
        await text.press('Enter') // Enter in the text saves
        await page.locator('[data-testid="talk-day-issues"] tbody tr', { hasText: issue.text }).waitFor({ timeout: 20_000 })
        assert((await page.locator('input[data-testid="reporter-name"]').inputValue()) === '', 'the reporter is cleared after a save')
        assert((await text.inputValue()) === '', 'the text is cleared after a save')
        const category = (await page.locator('[data-testid="intake-category"]').first().textContent()) ?? ''
        assert(category.includes('供水'), `the category is kept, got ${category}`)
      }
      const rows = await page.locator('[data-testid="talk-day-issues"] tbody tr', { hasText: `E2E${stamp}` }).count()
      assert(rows === 3, `three issues listed for the session, got ${rows}`)
      assert((await byTestId('intake-count').textContent())?.includes('3'), 'the intake counts three')
      assert((await byTestId('talk-day-issue-count').textContent())?.trim() === '3', 'the session counts three issues')
      await screenshot('intake-done')
    })

    await step('the street-admin accepts the first issue and assigns it to the grid worker', async () => {
      await page.locator('[data-testid="talk-day-issues"] tbody tr', { hasText: talk.issues[0].text }).locator('a[data-testid="issue-number"]').click()
      await page.waitForURL(/\/issues\/\d+$/)
      issueUrl = page.url()
      await issueStatus('RECEIVED')
      assert((await page.locator('[data-testid="issue-actions"] [data-testid="action-START"]').count()) === 0, 'no start before the issue is assigned')
      await screenshot('issue-received')
      await issueAction('ACCEPT', (form) => form.locator('textarea[data-testid="action-comment"]').fill('情况属实，予以受理'))
      await issueStatus('ACCEPTED')
      await issueAction('ASSIGN', () => choose('action-handler', names.workerName))
      await issueStatus('ASSIGNED')
      await page.locator('[data-testid="issue-handler"]', { hasText: names.workerName }).waitFor()
      await page.locator('[data-testid="issue-timeline"]', { hasText: `承办人：${names.workerName}` }).waitFor()
      await screenshot('issue-assigned')
    })

    await step('the grid worker starts and resolves the issue', async () => {
      await logout()
      await keycloakLogin(names.workerUsername, names.workerPassword)
      await waitForApp()
      await page.goto(issueUrl, { waitUntil: 'domcontentloaded' })
      await issueStatus('ASSIGNED')
      assert((await page.locator('[data-testid="issue-actions"] [data-testid="action-ASSIGN"]').count()) === 0, 'a grid worker does not assign')
      await issueAction('START')
      await issueStatus('IN_PROGRESS')
      await issueAction('RESOLVE', (form) => form.locator('textarea[data-testid="action-comment"]').fill('已联系物业维修供水管道，恢复供水'))
      await issueStatus('RESOLVED')
      await screenshot('issue-resolved')
    })

    await step('the street-admin, the first-responsible person, records 满意, which closes the issue', async () => {
      await logout()
      await keycloakLogin(ADMIN_USER, ADMIN_PASSWORD)
      await waitForApp()
      await page.goto(issueUrl, { waitUntil: 'domcontentloaded' })
      await issueStatus('RESOLVED')
      await issueAction('CLOSE', () => byTestId('satisfaction-SATISFIED').click())
      await issueStatus('CLOSED')
      assert((await byTestId('issue-satisfaction').textContent())?.trim() === '满意', 'the satisfaction is shown')
      await page.locator('[data-testid="issue-timeline"]', { hasText: '评价：满意' }).waitFor()
      await screenshot('issue-closed')
    })

    await step('the statistics count the closed issue', async () => {
      await byTestId('menu-issue-stats').click()
      await page.waitForURL(/\/issues\/stats/)
      const line = byTestId('stats-report-line')
      await line.waitFor({ timeout: 30_000 })
      const report = (await line.textContent()) ?? ''
      const closedInLine = Number(/办结(\d+)项/.exec(report)?.[1] ?? 0)
      assert(closedInLine >= 1, `the report line counts the closed issue, got "${report}"`)
      const closedKpi = Number((await page.locator('[data-testid="kpi-closed"] [data-testid="kpi-value"]').textContent())?.trim())
      assert(closedKpi >= 1 && closedKpi === closedInLine, `the 办结 card matches the report line, got ${closedKpi}`)
      const received = Number((await page.locator('[data-testid="kpi-received"] [data-testid="kpi-value"]').textContent())?.trim())
      assert(received >= 3, `the three issues are received this month, got ${received}`)
      await screenshot('issue-stats')
    })

    await step('the street-admin registers an API client, whose client-credentials token reads its scope', async () => {
      await byTestId('menu-api-clients').click()
      await page.waitForURL(/\/api-clients/)
      await byTestId('api-client-table').waitFor()
      await byTestId('api-client-create').click()
      const form = byTestId('api-client-form')
      await form.waitFor()
      await form.locator('input[data-testid="api-client-name"]').fill(`E2E 热线 ${stamp}`)
      await form.locator('input[data-testid="api-client-contact-name"]').fill('联调人员')
      await form.locator('input[data-testid="api-client-contact-email"]').fill(`hotline-${stamp}@example.invalid`)
      await form.locator('[data-testid="api-client-role"]').click()
      await page.locator('[data-testid="api-client-role-viewer"]').click()
      await form.locator('.el-form-item', { has: page.locator('[data-testid="staff-areas"]') }).locator('.el-select__wrapper').click()
      await page.locator(`[data-testid="scope-option-${gridId}"]`).click()
      await page.locator('.el-dialog__title', { hasText: '登记第三方系统' }).click()
      await page.locator('.el-popper.scope-picker-popper').waitFor({ state: 'hidden' })
      await screenshot('api-client-create-dialog')
      await byTestId('api-client-submit').click()
      await byTestId('client-secret-dialog').waitFor()
      const clientId = (await byTestId('client-id').textContent())?.trim()
      const secret = (await byTestId('client-secret').textContent())?.trim()
      assert(clientId?.startsWith('gridwork-api-') && secret && secret.length >= 16, 'the client id and its secret are shown once')
      await screenshot('api-client-secret')
      await byTestId('client-secret-close').click()
      await byTestId('client-secret-dialog').waitFor({ state: 'hidden' })
      const row = page.locator('[data-testid="api-client-table"] tr', { hasText: clientId })
      await row.waitFor()
      const rowText = (await row.textContent()) ?? ''
      assert(rowText.includes('只读查看'), `the list names the client's role, got "${rowText}"`)

      // What the README's curl example does, from outside the browser.
      const tokenAnswer = await fetch(`${KEYCLOAK_URL}/realms/gridwork/protocol/openid-connect/token`, {
        method: 'POST',
        headers: { Authorization: `Basic ${Buffer.from(`${clientId}:${secret}`).toString('base64')}` },
        body: new URLSearchParams({ grant_type: 'client_credentials' }),
      })
      assert(tokenAnswer.ok, `Keycloak issues a client-credentials token, got ${tokenAnswer.status}`)
      const { access_token: token } = await tokenAnswer.json()
      const me = await fetch(`${BASE_URL}/api/me`, { headers: { Authorization: `Bearer ${token}` } })
      assert(me.ok, `the API accepts the token, got ${me.status}`)
      const body = await me.json()
      assert(body.roles?.includes('viewer'), `the client acts as a viewer, got ${JSON.stringify(body.roles)}`)
      const households = await fetch(`${BASE_URL}/api/households?areaId=${gridId}`, { headers: { Authorization: `Bearer ${token}` } })
      assert(households.ok, `the client reads its grid's households, got ${households.status}`)
      const staff = await fetch(`${BASE_URL}/api/staff`, { headers: { Authorization: `Bearer ${token}` } })
      assert(staff.status === 403, `the client may not list staff, got ${staff.status}`)
    })

    await step('the working calendar offers the platform default and the sub-district, whose 2026 it inherits', async () => {
      await page.goto(`${BASE_URL}/settings/calendar`, { waitUntil: 'domcontentloaded' })
      await byTestId('working-calendar').waitFor()
      await byTestId('calendar-days').waitFor()
      await screenshot('calendar-platform-default')
      await byTestId('calendar-owner').click()
      await page.locator('.el-select-dropdown__item:visible').nth(1).click()
      await byTestId('calendar-inherited').waitFor()
      assert(await byTestId('calendar-start-own').isVisible(), 'the whole platform\'s admin may start the sub-district\'s own year')
      await screenshot('calendar-sub-district-inherited')
    })

    await step('in English, the calendar and the API clients read in English', async () => {
      await switchLocale('en-US')
      await byTestId('calendar-inherited').waitFor()
      await screenshot('calendar-en')
      await byTestId('menu-api-clients').filter({ hasText: 'API clients' }).click()
      await page.waitForURL(/\/api-clients/)
      // the list loads after the page: wait for the row's role, in English, and for its tag to finish zooming in
      const tag = page.locator('[data-testid="api-client-table"] .el-tag', { hasText: 'Viewer' })
      await tag.waitFor()
      await page.waitForFunction((el) => el && !el.className.includes('zoom'), await tag.elementHandle())
      await screenshot('api-clients-en')
      await switchLocale('zh-CN')
    })

    await step('the page raised no uncaught errors', async () => {
      assert(consoleErrors.length === 0, `uncaught errors: ${consoleErrors.join(' | ')}`)
    })
  } catch {
    // the failing step has reported itself
  } finally {
    await context.close().catch(() => undefined)
    rmSync(profile, { recursive: true, force: true })
  }
  console.log(`screenshots: ${SHOTS}`)
  console.log(`${passed} passed, ${failed} failed`)
  process.exit(failed > 0 || passed === 0 ? 1 : 0)
}

main().catch((e) => {
  console.error(e)
  console.log(`${passed} passed, ${failed + 1} failed`)
  process.exit(1)
})
