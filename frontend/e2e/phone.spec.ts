// The grid worker's phone screens (/m, Vant; project `phone`: 375×667, touch): a new grid worker (made through the
// API) signs in, finds the home page and empty lists, reports an issue with a photo, finds it in the lists; the
// street-admin accepts and assigns it (through the API); the grid worker starts it, resolves it with a photo and, as
// its first-responsible person, records the resident's satisfaction, which closes it.
import { expect, newRun, test, type World } from './fixtures'
import { png } from './support/png'
import type { Story } from './support/story'

test.describe.configure({ mode: 'serial' })

const run = newRun()
const description = `E2E${run.stamp} 小区东门路灯不亮，夜间出行不便`
let world: World
let issueId = 0

const photo = (name: string, colour: [number, number, number]) => ({
  name,
  mimeType: 'image/png',
  buffer: png(48, colour),
})

/** The error Vant shows under the field with this data-testid. */
const fieldError = (app: Story, testid: string) => app.byTestId(testid).locator('.van-field__error-message')

/** Waits until the open issue's status tag reads `label`. */
async function status(app: Story, label: string): Promise<void> {
  await expect(app.page.locator('[data-testid="mobile-issue-detail"] [data-testid="issue-status"]')).toHaveText(label)
}

/** Opens the sheet of a phone action, lets `fill` enter what it needs, submits it and waits for the sheet to close. */
async function act(app: Story, action: string, fill: () => Promise<unknown> = async () => undefined): Promise<void> {
  await app.byTestId(`issue-action-${action}`).tap()
  const form = app.byTestId('action-form')
  await form.waitFor()
  await fill()
  await app.screenshot(`action-${action.toLowerCase()}`)
  await app.byTestId('action-submit').tap()
  await form.waitFor({ state: 'hidden' })
}

test.beforeAll(async ({ adminApi }) => {
  world = await adminApi.world(run)
})

test('the grid worker signs in on the phone, replaces the temporary password and finds the grid and the issue entries', async ({
  app,
}, testInfo) => {
  await app.page.goto('/m', { waitUntil: 'domcontentloaded' })
  await app.signIn(world.worker)
  await app.page.waitForURL(/\/m$/)
  await app.byTestId('mobile-home').waitFor()
  await expect(app.page.locator('.van-nav-bar__title'), 'a grid worker sees "my grids"').toHaveText('我的网格')
  await expect(app.byTestId('mobile-area'), 'the one grid of the worker').toHaveCount(1)
  await expect(app.byTestId('mobile-area')).toContainText(run.grid)
  await expect(app.byTestId('mobile-todo'), 'nothing overdue or due soon yet').toContainText('暂无超期或即将到期')
  await app.byTestId('mobile-report').waitFor()
  await app.screenshot('home')
  await app.checkA11y(testInfo, 'phone home')
})

test("the to-do entry opens the grid worker's lists, empty for now", async ({ app }, testInfo) => {
  await app.byTestId('mobile-todo').tap()
  await app.page.waitForURL(/\/m\/issues\?tab=mine/)
  await expect(
    app.byTestId('mobile-issues').locator('.van-tab--active'),
    'nothing overdue or due soon: the "mine" tab',
  ).toHaveText('我的')
  await expect(app.page.locator('[data-testid="issue-list-empty"]:visible')).toContainText('还没有由您登记或承办的诉求')
  await app.screenshot('issues-empty')
  await app.checkA11y(testInfo, 'phone issue list')
})

test('the report form starts at the grid and says what is missing before it sends anything', async ({
  app,
}, testInfo) => {
  await app.byTestId('issues-report').tap()
  await app.page.waitForURL(/\/m\/issues\/new$/)
  await expect(app.page.locator('[data-testid="issue-location"] input'), "the worker's only grid").toHaveValue(run.grid)
  await app.checkA11y(testInfo, 'phone new issue')
  await app.byTestId('issue-submit').tap()
  await expect(fieldError(app, 'issue-category')).toHaveText('请选择诉求类别')
  await expect(fieldError(app, 'issue-description')).toHaveText('请填写诉求内容')
  await expect(fieldError(app, 'issue-reporter')).toHaveText('请选择反映人')
  await expect(fieldError(app, 'issue-location')).toHaveCount(0)
  await app.screenshot('issue-new-missing')
})

test('the grid worker reports an issue with a photo', async ({ app }, testInfo) => {
  const { page } = app
  await app.byTestId('issue-category').tap()
  await page.locator('.van-picker-column__item', { hasText: '供水' }).tap()
  await page.locator('.van-picker__confirm').tap()
  await expect(page.locator('[data-testid="issue-category"] input')).toHaveValue('供水')
  await page.locator('[data-testid="issue-description"] textarea').fill(description)
  await app.byTestId('issue-urgency-HIGH').tap()
  await expect(app.byTestId('issue-urgency-HIGH')).toHaveAttribute('aria-checked', 'true')
  await app.byTestId('reporter-mode-other').tap()
  await page.locator('[data-testid="issue-reporter-name"] input').fill(`周${run.stamp.slice(-2)}`)
  await page.locator('[data-testid="issue-reporter-phone"] input').fill('13800138000')
  await page.locator('[data-testid="issue-photos"] input[type=file]').setInputFiles(photo('路灯.png', [200, 60, 40]))
  await expect(page.locator('[data-testid="issue-photos"] .van-uploader__preview')).toHaveCount(1)
  await app.screenshot('issue-new-filled')
  await app.byTestId('issue-submit').tap()
  await page.waitForURL(/\/m\/issues\/\d+$/, { timeout: 30_000 })
  issueId = Number(/\/m\/issues\/(\d+)$/.exec(page.url())![1])
  await status(app, '已登记')
  await expect(app.byTestId('issue-description')).toHaveText(description)
  await expect(app.byTestId('issue-photo'), 'the photo went up with the issue').toHaveCount(1)
  await app.page.locator('[data-testid="issue-photo"] img').waitFor()
  await expect(page.locator('.office-only'), 'accepting and assigning are done in the office').toContainText('电脑版')
  await expect(app.byTestId('issue-action-START'), 'no start before the issue is assigned').toHaveCount(0)
  await app.screenshot('issue-reported')
  await app.checkA11y(testInfo, 'phone issue detail')
})

test("the reported issue is in the grid worker's lists", async ({ app }) => {
  await app.page.goto('/m/issues?tab=mine', { waitUntil: 'domcontentloaded' })
  await app.page.locator('[data-testid="issue-cell"]:visible', { hasText: description.slice(0, 12) }).waitFor()
  await app.page.locator('.van-tab', { hasText: '本网格' }).tap()
  await app.page.waitForURL(/tab=area/)
  const cell = app.page.locator('[data-testid="issue-cell"]:visible', { hasText: description.slice(0, 12) })
  await expect(cell).toHaveCount(1)
  await app.screenshot('issues-grid')
  await cell.tap()
  await app.page.waitForURL(new RegExp(`/m/issues/${issueId}$`))
  await status(app, '已登记')
})

test('the street-admin accepts it and assigns it to the grid worker, who starts it on the phone', async ({
  app,
  adminApi,
}) => {
  await adminApi.acceptAndAssign(issueId, world.worker.id)
  await app.page.reload({ waitUntil: 'domcontentloaded' })
  await status(app, '已交办')
  await expect(app.page.locator('.van-cell', { hasText: '承办人' })).toContainText(run.workerName)
  await act(app, 'START')
  await status(app, '办理中')
})

test('the grid worker resolves the issue with a photo of the work', async ({ app }) => {
  await act(app, 'RESOLVE', async () => {
    await app.page.locator('[data-testid="action-comment"] textarea').fill('已联系供电所更换路灯灯泡，恢复照明')
    await app.page
      .locator('[data-testid="action-form"] input[type=file]')
      .setInputFiles(photo('修复后.png', [40, 160, 60]))
    await expect(app.page.locator('[data-testid="action-form"] .van-uploader__preview')).toHaveCount(1)
  })
  await status(app, '已办理')
  await expect(app.byTestId('issue-photo'), 'both photos').toHaveCount(2)
  await app.page.locator('[data-testid="issue-event"]', { hasText: '已联系供电所更换路灯灯泡' }).waitFor()
})

test("the grid worker, its first-responsible person, records the resident's 满意, which closes it", async ({ app }) => {
  await act(app, 'CLOSE', () => app.byTestId('satisfaction-SATISFIED').tap())
  await status(app, '已办结')
  await expect(app.page.locator('.van-cell', { hasText: '回访评价' })).toContainText('满意')
  await expect(app.byTestId('issue-action-CLOSE')).toHaveCount(0)
  await app.screenshot('issue-closed')
})
