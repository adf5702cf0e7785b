// A member's own report on the phone (project `phone`): a volunteer of the run's community signs in with its own
// account, opens 我的报到 from the phone home, submits this year's report (its community is chosen for it: where it
// volunteers), staff confirm it through the API, and the phone shows it active.
import { expect, newRun, test, type Account, type World } from './fixtures'
import { idCardFromKey } from './support/xlsx'

test.describe.configure({ mode: 'serial' })

const run = newRun()
const name = `党员${run.stamp.slice(-4)}`
const employer = `区税务局${run.stamp}`
const member: Account = { username: `pm${run.stamp}`, password: `Pm-${run.stamp}-Pass1` }
let world: World
let reportId = 0

test.beforeAll(async ({ adminApi }) => {
  world = await adminApi.world(run)
  const { body: created } = await adminApi.call<{ volunteer: { id: number } }>('POST', '/api/volunteers', {
    communityId: world.community.id,
    name,
    idCard: idCardFromKey(Number.parseInt(run.stamp.slice(-6), 36) + 34),
  })
  const { body: login } = await adminApi.call<{ temporaryPassword: string }>(
    'POST',
    `/api/volunteers/${created.volunteer.id}/account`,
    { username: member.username },
  )
  member.temporaryPassword = login.temporaryPassword
})

test('the member submits this year’s report on the phone', async ({ app }, testInfo) => {
  await app.page.goto('/m', { waitUntil: 'domcontentloaded' })
  await app.signIn(member)
  await app.page.waitForURL(/\/m$/)
  await app.byTestId('mobile-party-report-entry').tap()
  await app.page.waitForURL(/\/m\/party\/report$/)
  await expect(app.page.locator('h1')).toHaveText('我的报到')
  await app.byTestId('party-report-own-form').waitFor()
  await app.page.locator('[data-testid="own-employer"] input').fill(employer)
  await app.byTestId('own-employer-type-GOVERNMENT_ORGAN').tap()
  await app.screenshot('phone-party-report-form')
  await app.checkA11y(testInfo, 'phone party report')
  await app.byTestId('own-submit').tap()
  const status = app.page.locator('[data-testid^="own-report-status-"]').first()
  await expect(status).toHaveText('待确认')
  reportId = Number((await status.getAttribute('data-testid'))!.replace('own-report-status-', ''))
  expect(reportId).toBeGreaterThan(0)
})

test('staff confirm it, and the phone shows it active', async ({ app, adminApi }) => {
  const { body } = await adminApi.call<{ status: string; community: { id: number } }>(
    'POST',
    `/api/party-reports/${reportId}/confirm`,
    {},
  )
  expect(body).toEqual(
    expect.objectContaining({ status: 'ACTIVE', community: expect.objectContaining({ id: world.community.id }) }),
  )
  await app.page.reload({ waitUntil: 'domcontentloaded' })
  await expect(app.byTestId(`own-report-status-${reportId}`)).toHaveText('在岗')
  await expect(app.byTestId(`own-report-${reportId}`)).toContainText(employer)
  await app.screenshot('phone-party-report-active')
})
