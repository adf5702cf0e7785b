// Two languages for real (issue 13): in en-US the issue list, detail and statistics and the registry name categories
// and code-list values in English and print no raw code; the talk-day calendar starts its weeks on Monday and folds a
// busy day into "+N"; a history entry names the person who acted, not their account.
import type { Page } from '@playwright/test'
import { beijingToday, expect, newRun, STREET_ADMIN, test, type World } from './fixtures'

test.describe.configure({ mode: 'serial' })

const run = newRun()
const today = beijingToday()
let world: World
let adminName = ''
let issueId = 0
let householdId = 0

/** UPPER_SNAKE tokens (ROADS_LIGHTING, IN_PROGRESS…) in the page's main content: codes where a person reads. */
async function rawCodes(page: Page): Promise<string[]> {
  const text = await page.locator('main').innerText()
  return text.match(/\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b/g) ?? []
}

/**
 * English words that a label, a table header or a button splits across two lines (a word, not a hyphenated
 * compound: "Empty-nest" may break at its hyphen).
 */
const OFFICE_LABELS = [' th .cell', ' .el-form-item__label', ' button', ' .el-descriptions__label', ' .el-tabs__item']
  .map((inside) => `:is(main, .el-dialog)${inside}`)
  .join(', ')
const PHONE_LABELS = '.van-cell__title, .van-field__label, .van-tab, .van-nav-bar__title, .van-tabbar-item, button'

async function splitWords(page: Page, selector = OFFICE_LABELS): Promise<string[]> {
  return page.evaluate((selector) => {
    const split: string[] = []
    const labels = document.querySelectorAll(selector)
    for (const label of labels) {
      const texts = document.createTreeWalker(label, NodeFilter.SHOW_TEXT)
      for (let node = texts.nextNode(); node; node = texts.nextNode()) {
        for (const word of (node.textContent ?? '').matchAll(/[A-Za-z][A-Za-z'’]+/g)) {
          const range = document.createRange()
          range.setStart(node, word.index)
          range.setEnd(node, word.index + word[0].length)
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)))
          if (lines.size > 1) split.push(word[0])
        }
      }
    }
    return split
  }, selector)
}

test.beforeAll(async ({ adminApi }) => {
  world = await adminApi.world(run)
  adminName = (await adminApi.call<{ displayName: string }>('GET', '/api/me')).body.displayName
  const { body: categories } = await adminApi.call<{ id: number; code: string }[]>('GET', '/api/issue-categories')
  const roads = categories.find((c) => c.code === 'ROADS_LIGHTING')!
  const { body: created } = await adminApi.call<{ issue: { id: number } }>('POST', '/api/issues', {
    categoryId: roads.id,
    description: `E2E${run.stamp} 小区路灯不亮`,
    urgency: 'HIGH',
    channel: 'OFFICE',
    location: { areaId: world.grid.id },
    reporter: { name: `周${run.stamp.slice(-2)}`, phone: '13800138000' },
  })
  issueId = created.issue.id
  await adminApi.acceptAndAssign(issueId, world.worker.id)
  const { body: household } = await adminApi.call<{ household: { id: number } }>('POST', '/api/households', {
    gridId: world.grid.id,
    address: run.address,
    housingType: 'RENTED',
    tags: ['RENTAL', 'EMPTY_NEST'],
  })
  householdId = household.household.id
  // a busy day: four sessions in the run's community today
  for (const [start, end] of [
    ['08:30', '09:30'],
    ['10:00', '11:00'],
    ['14:00', '15:00'],
    ['16:00', '17:00'],
  ]) {
    await adminApi.call('POST', '/api/talk-days', {
      communityId: world.community.id,
      date: today,
      startTime: start,
      endTime: end,
      place: '社区党群服务中心',
      topic: `E2E${run.stamp} ${start}`,
      hosts: '社区书记',
    })
  }
})

test('in English, the issue list and detail name the category in English and print no code', async ({ app }) => {
  const { page } = app
  await page.goto(`/issues?areaId=${world.grid.id}`, { waitUntil: 'domcontentloaded' })
  await app.signIn(STREET_ADMIN)
  await app.waitForApp()
  await app.switchLocale('en-US')
  const table = app.byTestId('issue-table')
  await expect(table).toContainText('Roads and lighting')
  await app.settled()
  expect(await rawCodes(page)).toEqual([])
  expect(await splitWords(page)).toEqual([])
  await app.screenshot('issues-en')

  await page.goto(`/issues/${issueId}`, { waitUntil: 'domcontentloaded' })
  await app.byTestId('issue-timeline').waitFor()
  await app.settled()
  expect(await splitWords(page)).toEqual([])
  await expect(app.byTestId('issue-detail')).toContainText('Roads and lighting')
  // the accept and the assignment name the street-admin and the handler by their names, not their accounts
  const timeline = app.byTestId('issue-timeline')
  await expect(timeline).toContainText(adminName)
  await expect(timeline).toContainText(world.worker.displayName)
  await expect(timeline).not.toContainText(STREET_ADMIN.username)
  await app.settled()
  expect(await rawCodes(page)).toEqual([])
  await app.screenshot('issue-detail-en')
})

test('in English, the statistics name categories in English', async ({ app }) => {
  const { page } = app
  await page.goto('/issues/stats', { waitUntil: 'domcontentloaded' })
  await app.waitForApp()
  await app.byTestId('issue-stats').waitFor()
  await page.getByRole('tab', { name: 'By category' }).click()
  await expect(app.byTestId('stats-category-table')).toContainText('Roads and lighting')
  await app.settled()
  expect(await rawCodes(page)).toEqual([])
})

test('in English, a household shows its values in English and who changed it by name', async ({ app }) => {
  const { page } = app
  await page.goto(`/households/${householdId}`, { waitUntil: 'domcontentloaded' })
  await app.waitForApp()
  const detail = app.byTestId('household-detail')
  await expect(detail).toContainText('Rented')
  await expect(detail).toContainText('Rented-out home')
  await expect(detail).toContainText('Empty-nest family')
  await expect(app.byTestId('household-event-actor').first()).toContainText(adminName)
  await expect(app.byTestId('household-history')).not.toContainText(STREET_ADMIN.username)
  await app.settled()
  expect(await rawCodes(page)).toEqual([])
  expect(await splitWords(page)).toEqual([])
  await app.screenshot('household-en')

  await app.byTestId('household-edit').click()
  await app.byTestId('household-form').waitFor()
  await app.settled()
  expect(await splitWords(page)).toEqual([])
  await app.screenshot('household-form-en')
  await page.keyboard.press('Escape')
  await expect(app.byTestId('household-form')).toBeHidden()

  await page.goto('/residents', { waitUntil: 'domcontentloaded' })
  await app.byTestId('resident-filters').waitFor()
  await app.settled()
  expect(await splitWords(page)).toEqual([])

  await page.goto('/households', { waitUntil: 'domcontentloaded' })
  await app.byTestId('household-table').locator('.el-table__row').first().waitFor()
  await app.settled()
  expect(await rawCodes(page)).toEqual([])
  expect(await splitWords(page)).toEqual([])
})

test('in English, the code-list page shows both names of each value', async ({ app }) => {
  const { page } = app
  await page.goto('/settings/dictionary', { waitUntil: 'domcontentloaded' })
  await app.waitForApp()
  const table = app.byTestId('dictionary-table')
  await expect(table).toContainText('Elderly living alone')
  await expect(table).toContainText('独居老人')
  await app.screenshot('dictionary-en')
})

test('the talk-day calendar starts on Monday and folds a busy day into "+N"', async ({ app }) => {
  const { page } = app
  await page.goto('/talk-days', { waitUntil: 'domcontentloaded' })
  await app.waitForApp()
  const calendar = app.byTestId('talk-day-calendar')
  await calendar.waitFor()
  await expect(calendar.locator('thead th').first()).toHaveText(/^Mon/)
  const more = app.byTestId(`talk-day-more-${today}`)
  // the run's four sessions (and whatever else today holds): two shown, the rest behind "+N"
  await expect(more).toHaveText(/^\+\d+ more$/)
  const cell = calendar.locator(`[data-day="${today}"]`)
  await expect(cell.locator('button.session')).toHaveCount(2)
  await app.screenshot('talk-days-busy-day-en')
  await more.click()
  const list = page.locator('.el-dialog', { hasText: `Talk days on ${today}` })
  await expect(list.getByText(`E2E${run.stamp}`)).toHaveCount(4)
  await app.screenshot('talk-days-day-list-en')
  await page.keyboard.press('Escape')
  await expect(list).toBeHidden()
})

test('on a phone in English, an issue names its category in English and splits no word', async ({ app }) => {
  const { page } = app
  await page.setViewportSize({ width: 375, height: 667 })
  await page.goto(`/m/issues/${issueId}`, { waitUntil: 'domcontentloaded' })
  await page.getByText('Roads and lighting').first().waitFor()
  await app.settled()
  expect(await splitWords(page, PHONE_LABELS)).toEqual([])
  expect((await page.locator('body').innerText()).match(/\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b/g) ?? []).toEqual([])
  await app.screenshot('phone-issue-en')
  // back to the office in Chinese, as the other specs expect
  await page.setViewportSize({ width: 1440, height: 900 })
  await page.goto('/issues', { waitUntil: 'domcontentloaded' })
  await app.waitForApp()
  await app.switchLocale('zh-CN')
})
