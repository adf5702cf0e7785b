// Accessibility of every main page, as the street-admin: no serious or critical axe violation, exactly one visible h1
// (the page's title), and a keyboard-only walk from a list to a record and one of its actions. The desktop project
// sweeps the office pages, the phone project the phone pages (/m).
import { expect, newRun, STREET_ADMIN, test, type World } from './fixtures'
import { makeRecords, type Records } from './support/records'
import type { TestInfo } from '@playwright/test'
import type { Story } from './support/story'

test.describe.configure({ mode: 'serial' })

const run = newRun()
let world: World
let records: Records

/**
 * Opens `path`, waits until it is at rest, and checks its one visible h1 and axe. On the office pages the h1 is the
 * title the document carries too (the route's title). A finding is collected in `failures`, so that one run names
 * every page that fails, not only the first.
 */
async function sweep(app: Story, testInfo: TestInfo, path: string, name: string, failures: string[]): Promise<void> {
  await test.step(`${name} (${path})`, async () => {
    try {
      await check(app, testInfo, path, name)
    } catch (e) {
      failures.push(`${name}: ${(e as Error).message}`)
    }
  })
}

async function check(app: Story, testInfo: TestInfo, path: string, name: string): Promise<void> {
  await app.page.goto(path)
  await app.settled()
  const h1 = app.page.locator('h1:visible')
  await expect(h1, `one visible h1 on ${name}`).toHaveCount(1)
  await expect(h1).not.toBeEmpty()
  if (testInfo.project.name === 'desktop') {
    const title = (await app.page.title()).split(' · ')[0]!
    await expect(h1, 'the h1 says the page title').toHaveText(title)
  }
  await app.checkA11y(testInfo, name)
}

test('the street-admin signs in; a household, a talk day and an issue exist', async ({ app, adminApi }, testInfo) => {
  world = await adminApi.world(run)
  records = await makeRecords(adminApi, world, run)
  const phone = testInfo.project.name === 'phone'
  await app.page.goto(phone ? '/m' : '/')
  await app.signIn(STREET_ADMIN)
  if (phone) await app.byTestId('mobile-home').waitFor({ timeout: 60_000 })
  else await app.waitForApp()
})

test('every office page: no serious axe violation and one h1', async ({ app }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'office pages: desktop')
  // two dozen pages and forms, each loaded afresh (with its Keycloak round trip) and checked: 3 min on a quiet machine,
  // 8 on a loaded one
  test.setTimeout(900_000)
  const pages: [path: string, name: string][] = [
    ['/areas', 'area tree'],
    ['/households', 'households'],
    [`/households/${records.householdId}`, 'household detail'],
    ['/residents', 'residents'],
    ['/households/import', 'import'],
    ['/audit', 'audit'],
    ['/talk-days', 'talk days'],
    [`/talk-days/${records.talkDayId}`, 'talk day detail'],
    ['/issues', 'issues'],
    [`/issues/${records.issueId}`, 'issue detail'],
    ['/issues/stats', 'issue stats'],
    ['/settings/calendar', 'calendar'],
    ['/staff', 'staff'],
    ['/api-clients', 'api clients'],
    ['/settings/issue-categories', 'categories'],
  ]
  const failures: string[] = []
  for (const [path, name] of pages) await sweep(app, testInfo, path, name, failures)

  // the forms, each in its dialog over its page
  const forms: [path: string, opener: string, name: string][] = [
    ['/areas', 'create-subdistrict', 'area form'],
    [`/households/${records.householdId}`, 'member-add', 'resident form'],
    ['/households', 'household-create', 'household form'],
    ['/talk-days', 'talk-day-create', 'talk day form'],
    ['/issues', 'issue-create', 'new issue form'],
    ['/staff', 'staff-create', 'staff form'],
    ['/api-clients', 'api-client-create', 'api client form'],
    ['/settings/issue-categories', 'issue-category-create', 'category form'],
  ]
  for (const [path, opener, name] of forms) {
    await test.step(name, async () => {
      try {
        await app.page.goto(path)
        await app.byTestId(opener).click()
        await app.page.locator('.el-dialog:visible').waitFor()
        await app.checkA11y(testInfo, name)
      } catch (e) {
        failures.push(`${name}: ${(e as Error).message}`)
      }
    })
  }
  await test.step('the area detail', async () => {
    await app.page.goto('/areas')
    await app.byTestId('area-node').filter({ hasText: run.community }).first().click()
    await app.checkA11y(testInfo, 'area detail')
  })
  expect(failures).toEqual([])
})

test('every phone page: no serious axe violation and one h1', async ({ app }, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'phone pages: phone')
  const failures: string[] = []
  await sweep(app, testInfo, '/m', 'phone home', failures)
  await sweep(app, testInfo, '/m/issues', 'phone issues', failures)
  await sweep(app, testInfo, '/m/issues/new', 'phone new issue', failures)
  await sweep(app, testInfo, `/m/issues/${records.issueId}`, 'phone issue', failures)
  expect(failures).toEqual([])
})

/** Presses Tab until the focused element matches `target` (at most `max` times); it must show that it has focus. */
async function tabTo(app: Story, target: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await app.page.keyboard.press('Tab')
    const there = await app.page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, target)
    if (!there) continue
    const look = await app.page.evaluate(() => {
      const el = document.activeElement as HTMLElement
      const style = getComputedStyle(el)
      return { visible: el.matches(':focus-visible'), outline: style.outlineStyle, shadow: style.boxShadow }
    })
    expect(look.visible, `${target} has a visible focus`).toBe(true)
    expect(look.outline !== 'none' || look.shadow !== 'none', `${target} draws its focus`).toBe(true)
    return
  }
  throw new Error(`Tab did not reach ${target} in ${max} presses`)
}

test('by keyboard alone: the households list, a household, and its add-member form', async ({ app }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'keyboard: desktop')
  // other specs fill the shared database: the list is searched for this run's household (the address in the URL)
  await app.page.goto(`/households?q=${encodeURIComponent(run.address)}`)
  await app.byTestId('household-table').locator('tbody tr', { hasText: run.address }).waitFor()
  await app.page.locator('body').focus()
  await tabTo(app, `a[href="/households/${records.householdId}"]`, 120)
  await app.page.keyboard.press('Enter')
  await app.page.waitForURL(new RegExp(`/households/${records.householdId}$`))
  await app.byTestId('household-address').waitFor()
  await tabTo(app, '[data-testid="member-add"]')
  await app.page.keyboard.press('Enter')
  const dialog = app.page.locator('.el-dialog:visible')
  await expect(dialog).toBeVisible()
  await app.page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
})

test("on the phone, the nav bar's back arrow and the report action are reached by keyboard", async ({
  app,
}, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'phone nav bar: phone')
  await app.page.goto('/m/issues')
  await app.byTestId('mobile-issues').waitFor()
  await app.page.locator('body').focus()
  await tabTo(app, '.van-nav-bar__left button[aria-label]')
  await tabTo(app, '[data-testid="issues-report"]')
  await app.page.keyboard.press('Enter')
  await app.page.waitForURL(/\/m\/issues\/new$/)
})
