// A co-building unit's liaison handles an issue given to the unit, on the phone (project `phone`). Through the API as
// the street-admin: a unit of a new sub-district, its liaison sign-in, and an accepted issue of the sub-district given
// to the unit. The liaison signs in (replacing the temporary password), opens 我的共建单位 from the home's tile, finds
// the issue among those given to the unit, starts it and resolves it with the outcome.
import type { Story } from './support/story'
import { expect, newRun, test, type Account, type World } from './fixtures'

test.describe.configure({ mode: 'serial' })

const run = newRun()
const unitName = `E2E自来水公司${run.stamp}`
const description = `E2E${run.stamp} 单元门口水管渗漏`
const liaison: Account = { username: `lu${run.stamp}`, password: `Lu-${run.stamp}-Pass1` }
let world: World
let issueId = 0

async function act(app: Story, action: string, fill: () => Promise<unknown> = async () => undefined): Promise<void> {
  await app.byTestId(`issue-action-${action}`).tap()
  const form = app.byTestId('action-form')
  await form.waitFor()
  await fill()
  await app.byTestId('action-submit').tap()
  await form.waitFor({ state: 'hidden' })
}

test.beforeAll(async ({ adminApi }) => {
  world = await adminApi.world(run)
  const { body: unit } = await adminApi.call<{ id: number }>('POST', '/api/cobuild-units', {
    subDistrictId: world.subDistrict.id,
    name: unitName,
    unitType: 'STATE_ENTERPRISE',
    partyMemberTotal: 40,
  })
  const { body: login } = await adminApi.call<{ temporaryPassword: string }>(
    'POST',
    `/api/cobuild-units/${unit.id}/liaisons`,
    { username: liaison.username, displayName: '钱联络' },
  )
  liaison.temporaryPassword = login.temporaryPassword
  issueId = await adminApi.otherIssue(world.grid.id, description, `郑${run.stamp.slice(-2)}`)
  const { etag } = await adminApi.call('GET', `/api/issues/${issueId}`)
  const accepted = await adminApi.call('POST', `/api/issues/${issueId}/accept`, {}, { 'If-Match': etag! })
  await adminApi.call(
    'POST',
    `/api/issues/${issueId}/assign`,
    { handlerUnitId: unit.id },
    { 'If-Match': accepted.etag! },
  )
})

test('the liaison signs in and finds the issue given to the unit', async ({ app }, testInfo) => {
  await app.page.goto('/m', { waitUntil: 'domcontentloaded' })
  await app.signIn(liaison)
  await app.page.waitForURL(/\/m$/)
  await app.byTestId('mobile-my-unit').tap()
  await app.page.waitForURL(/\/m\/unit$/)
  await expect(app.byTestId('my-unit-name')).toHaveText(unitName)
  const cell = app.byTestId('unit-issues').locator('[data-testid="issue-cell"]', { hasText: description })
  await expect(cell).toHaveCount(1)
  await app.screenshot('my-unit')
  await app.checkA11y(testInfo, 'phone my unit')
  await cell.tap()
  await app.page.waitForURL(new RegExp(`/m/issues/${issueId}$`))
  await expect(app.byTestId('issue-handler-unit')).toContainText(unitName)
})

test('the liaison starts the issue and resolves it with the outcome', async ({ app }) => {
  await act(app, 'START')
  await expect(app.page.locator('[data-testid="mobile-issue-detail"] [data-testid="issue-status"]')).toHaveText(
    '办理中',
  )
  await act(app, 'RESOLVE', () => app.page.locator('[data-testid="action-comment"] textarea').fill('已更换阀门'))
  await expect(app.page.locator('[data-testid="mobile-issue-detail"] [data-testid="issue-status"]')).toHaveText(
    '已办理',
  )
  await expect(app.byTestId('issue-action-CLOSE'), 'the resident’s answer is the staff’s').toHaveCount(0)
})
