// The workbench (工作台), the home every role lands on: a new community with a grid, its grid worker, community
// staff, a volunteer, a unit liaison and a viewer (made through the API as the street-admin), three issues (one
// waiting to be accepted, one assigned to the grid worker and overdue, one assigned and fresh) and a talk day today.
// Each role signs in, lands on its workbench and sees the counts its role allows; the community staff follow a card
// to the issue list filtered the same way; the grid worker's phone home shows the same to-dos.
import { beijingToday, expect, newRun, STREET_ADMIN, test, type Account, type World } from './fixtures'
import type { AdminApi } from './support/admin-api'
import type { Story } from './support/story'

test.describe.configure({ mode: 'serial' })

const run = newRun()
let world: World
const people: Record<'staff' | 'volunteer' | 'liaison' | 'viewer', Account> = {} as never

async function person(adminApi: AdminApi, key: string, role: string, areaId: number): Promise<Account> {
  const username = `${key}${run.stamp}`
  const { body } = await adminApi.call<{ temporaryPassword: string }>('POST', '/api/staff', {
    username,
    displayName: `${key}${run.stamp.slice(-4)}`,
    phone: `138${String(Date.now()).slice(-8)}`,
    role,
    areaIds: [areaId],
  })
  return { username, password: `Wb-${run.stamp}-Pass1`, temporaryPassword: body.temporaryPassword }
}

async function issue(adminApi: AdminApi, categoryId: number, text: string, receivedAt?: string): Promise<number> {
  const { body } = await adminApi.call<{ issue: { id: number } }>('POST', '/api/issues', {
    categoryId,
    description: `E2E${run.stamp} ${text}`,
    urgency: 'NORMAL',
    channel: 'OFFICE',
    location: { areaId: world.grid.id },
    reporter: { name: '王大爷', phone: '13812345678' },
    ...(receivedAt ? { receivedAt } : {}),
  })
  return body.issue.id
}

test.beforeAll(async ({ adminApi }) => {
  world = await adminApi.world(run)
  people.staff = await person(adminApi, 'cs', 'community-staff', world.community.id)
  people.volunteer = await person(adminApi, 'vo', 'volunteer', world.grid.id)
  people.liaison = await person(adminApi, 'ul', 'unit-liaison', world.grid.id)
  people.viewer = await person(adminApi, 'vw', 'viewer', world.community.id)
  const { body: categories } = await adminApi.call<{ id: number; code: string }[]>('GET', '/api/issue-categories')
  const water = categories.find((c) => c.code === 'WATER')!.id
  await issue(adminApi, water, '楼道漏水，等待受理')
  // received in October with a limit of three working days: long overdue
  const overdue = await issue(adminApi, water, '水管破裂，已超期', '2026-10-12T01:00:00Z')
  await adminApi.acceptAndAssign(overdue, world.worker.id)
  const fresh = await issue(adminApi, water, '水压不足，已交办')
  await adminApi.acceptAndAssign(fresh, world.worker.id)
  await adminApi.call('POST', '/api/talk-days', {
    communityId: world.community.id,
    date: beijingToday(),
    startTime: '09:00',
    endTime: '11:00',
    place: `E2E${run.stamp} 党群服务中心`,
    topic: '加装电梯',
    hosts: '王书记',
  })
})

/** Signs in on a fresh start page and waits for the workbench, with its h1. */
async function landOnWorkbench(app: Story, account: Account): Promise<void> {
  await app.page.goto('/', { waitUntil: 'domcontentloaded' })
  await app.signIn(account)
  await app.waitForApp()
  await app.page.waitForURL(/\/workbench$/)
  await expect(app.page.getByRole('heading', { level: 1 })).toHaveText('工作台')
  await expect(app.byTestId('menu-workbench')).toHaveClass(/is-active/)
}

const count = (app: Story, kind: string) => app.byTestId(`todo-${kind}`).getByTestId('todo-count')

test('the street-admin lands on the workbench with the sub-district to-dos', async ({ app }, testInfo) => {
  await landOnWorkbench(app, STREET_ADMIN)
  for (const kind of ['TO_ACCEPT', 'ESCALATED', 'ASSIGNED_TO_ME', 'DUE_SOON', 'OVERDUE', 'EXTENSIONS', 'REOPENED']) {
    await app.byTestId(`todo-${kind}`).waitFor()
  }
  // our two issues are among the whole platform's
  await expect(app.byTestId('todo-TO_ACCEPT')).toContainText('楼道漏水')
  await expect(app.byTestId('workbench-talk-days')).toContainText(`E2E${run.stamp} 党群服务中心`)
  await app.byTestId('figure-received').waitFor()
  await app.byTestId('quick-reportIssue').waitFor()
  await app.screenshot('workbench-admin')
  await app.checkA11y(testInfo, 'workbench of a street-admin')
  await app.logout()
})

test("community staff see their community's counts and follow a card to the filtered list", async ({
  app,
}, testInfo) => {
  await landOnWorkbench(app, people.staff)
  await expect(count(app, 'TO_ACCEPT')).toHaveText('1')
  await expect(count(app, 'OVERDUE')).toHaveText('1')
  await expect(count(app, 'ASSIGNED_TO_ME')).toHaveText('0')
  await expect(count(app, 'EXTENSIONS')).toHaveText('0')
  await expect(app.byTestId('todo-ESCALATED'), 'escalated issues are the sub-district’s').toHaveCount(0)
  await expect(app.byTestId('todo-OVERDUE')).toContainText('水管破裂')
  await expect(app.byTestId('talk-days-today')).toContainText(`E2E${run.stamp} 党群服务中心`)
  // received this month: two (the overdue one was received in October)
  await expect(app.byTestId('figure-received').locator('dd')).toHaveText('2')
  await app.screenshot('workbench-community-staff')
  await app.checkA11y(testInfo, 'workbench of community staff')

  await app.byTestId('todo-link-OVERDUE').click()
  await app.page.waitForURL(/\/issues\?warning=RED/)
  await app.byTestId('issue-table').waitFor()
  await expect(app.page.locator('[data-testid="issue-table"] .el-table__body tr')).toHaveCount(1)
  await expect(app.byTestId('issue-table')).toContainText('水管破裂')
  await app.logout()
})

test('the grid worker sees what is theirs to handle, without accepting', async ({ app }, testInfo) => {
  await landOnWorkbench(app, world.worker)
  await expect(count(app, 'ASSIGNED_TO_ME')).toHaveText('2')
  await expect(count(app, 'OVERDUE')).toHaveText('1')
  await expect(app.byTestId('todo-TO_ACCEPT')).toHaveCount(0)
  await expect(app.byTestId('todo-EXTENSIONS')).toHaveCount(0)
  await expect(app.byTestId('todo-ASSIGNED_TO_ME')).toContainText('水压不足')
  await app.byTestId('quick-reportIssue').waitFor()
  await app.screenshot('workbench-grid-worker')
  await app.checkA11y(testInfo, 'workbench of a grid worker')
})

test("the grid worker's phone home shows the same to-dos and today's talk day", async ({ app }, testInfo) => {
  await app.page.setViewportSize({ width: 375, height: 667 })
  await app.page.goto('/m', { waitUntil: 'domcontentloaded' })
  await app.byTestId('mobile-home').waitFor()
  await expect(app.byTestId('mobile-todo-ASSIGNED_TO_ME').locator('.van-cell__value')).toHaveText('2')
  await expect(app.byTestId('mobile-todo-OVERDUE').locator('.van-cell__value')).toHaveText('1')
  await expect(app.byTestId('mobile-talk-day')).toContainText(`E2E${run.stamp} 党群服务中心`)
  await app.byTestId('mobile-report').waitFor()
  await app.screenshot('workbench-phone')
  await app.checkA11y(testInfo, 'phone workbench of a grid worker')
  await app.byTestId('mobile-todo-OVERDUE').click()
  await app.page.waitForURL(/\/m\/issues\?tab=overdue/)
  await app.page.setViewportSize({ width: 1440, height: 900 })
  await app.page.goto('/workbench', { waitUntil: 'domcontentloaded' })
  await app.waitForApp()
  await app.logout()
})

for (const key of ['volunteer', 'liaison'] as const) {
  test(`a ${key} gets the talk days, their areas and what they may open`, async ({ app }, testInfo) => {
    await landOnWorkbench(app, people[key])
    await expect(app.byTestId('todo-TO_ACCEPT')).toHaveCount(0)
    await expect(app.byTestId('workbench-figures')).toHaveCount(0)
    await expect(app.byTestId('talk-days-today')).toContainText(`E2E${run.stamp} 党群服务中心`)
    await expect(app.byTestId('workbench-areas')).toContainText(run.grid)
    await app.byTestId('workbench-welcome').waitFor()
    await app.byTestId('quick-talkDays').waitFor()
    await expect(app.byTestId('quick-reportIssue')).toHaveCount(0)
    await app.screenshot(`workbench-${key}`)
    await app.checkA11y(testInfo, `workbench of a ${key}`)
    await app.logout()
  })
}

test('a viewer reads the counts and figures, with no action to take', async ({ app }, testInfo) => {
  await landOnWorkbench(app, people.viewer)
  await expect(count(app, 'OVERDUE')).toHaveText('1')
  await expect(app.byTestId('todo-TO_ACCEPT')).toHaveCount(0)
  await app.byTestId('figure-households').waitFor()
  // this month's volunteer figures of the sub-district (VOLUNTEER_STATS_READ), from the volunteer statistics
  await app.byTestId('figure-volunteerHours').waitFor()
  await expect(app.byTestId('quick-reportIssue')).toHaveCount(0)
  await app.byTestId('quick-findHousehold').waitFor()
  await app.screenshot('workbench-viewer')
  await app.checkA11y(testInfo, 'workbench of a viewer')
})
