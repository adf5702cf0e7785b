// A micro-wish on the phone (project `phone`): staff publish a wish of a registered household (through the API; the
// office page has its own spec); a volunteer of the community opens 微心愿 from the phone home, sees the wish with the
// beneficiary masked, claims it, now sees whom to deliver to and where, and reports it done with a photo and a note;
// staff confirm it (through the API) and the volunteer sees it realised, the beneficiary masked again.
import { expect, newRun, test, type Account, type World } from './fixtures'
import { png } from './support/png'
import { idCard } from './support/xlsx'

test.describe.configure({ mode: 'serial' })

const run = newRun()
const title = `陪老人体检${run.stamp}`
const volunteer: Account = { username: `wph${run.stamp}`, password: `Wp-${run.stamp}-Pass1` }
/** The beneficiary as claimants see it before a claim: first and last character, the middle masked. */
const masked = [...run.head].map((c, i, all) => (i === 0 || i === all.length - 1 ? c : '*')).join('')
let world: World
let wishId = 0
let claimId = 0

test.beforeAll(async ({ adminApi }) => {
  world = await adminApi.world(run)
  const { body: household } = await adminApi.call<{ household: { id: number } }>('POST', '/api/households', {
    gridId: world.grid.id,
    address: run.address,
    housingType: 'OWNED',
  })
  const seq = Date.now() % 1000
  await adminApi.call('POST', '/api/residents', {
    householdId: household.household.id,
    name: run.head,
    idCard: idCard('110106', '19450312', seq - (seq % 2) + 1),
    ethnicity: '01',
    relation: 'HEAD',
    registrationType: 'LOCAL',
  })
  const { body: wish } = await adminApi.call<{ id: number }>('POST', '/api/micro-wishes', {
    householdId: household.household.id,
    categoryCode: 'COMPANY',
    title,
    description: '独居老人需要有人陪同去医院体检',
  })
  wishId = wish.id
  const other = (seq + 500) % 1000
  const { body: created } = await adminApi.call<{ volunteer: { id: number } }>('POST', '/api/volunteers', {
    communityId: world.community.id,
    name: '手机认领人',
    idCard: idCard('110105', '19900101', other - (other % 2) + 1),
  })
  const { body: login } = await adminApi.call<{ temporaryPassword: string }>(
    'POST',
    `/api/volunteers/${created.volunteer.id}/account`,
    { username: volunteer.username },
  )
  volunteer.temporaryPassword = login.temporaryPassword
})

test('the volunteer finds the wish, masked, from the phone home and claims it', async ({ app }, testInfo) => {
  await app.page.goto('/m', { waitUntil: 'domcontentloaded' })
  await app.signIn(volunteer)
  await app.page.waitForURL(/\/m$/)
  await app.byTestId('mobile-wishes-entry').tap()
  await app.page.waitForURL(/\/m\/wishes$/)
  await expect(app.page.locator('h1')).toHaveText('微心愿')
  const card = app.byTestId(`mobile-wish-${wishId}`)
  await expect(card).toContainText(title)
  await expect(card).toContainText(masked)
  await expect(card).not.toContainText(run.head)
  await expect(card).not.toContainText(run.address)
  await app.screenshot('phone-micro-wishes')
  await app.checkA11y(testInfo, 'phone micro-wishes')
  await app.byTestId(`mobile-wish-claim-${wishId}`).tap()
  await app.page.locator('.van-dialog__confirm').tap()
  await app.page.waitForURL(/tab=mine/)
  const claim = app.page.locator('[data-testid^="mobile-claim-"]', { hasText: title }).first()
  await expect(claim.locator('[data-testid="mobile-claim-beneficiary"]')).toHaveText(run.head)
  await expect(claim).toContainText(run.address)
  claimId = Number((await claim.getAttribute('data-testid'))!.replace('mobile-claim-', ''))
})

test('reports it done with a photo and a note; once staff confirm, it is realised', async ({ app, adminApi }) => {
  await app.byTestId(`mobile-claim-fulfil-${claimId}`).tap()
  await app.page.locator('[data-testid="mobile-wish-photo"] input[type="file"]').setInputFiles({
    name: 'hospital.png',
    mimeType: 'image/png',
    buffer: png(32, [39, 174, 96]),
  })
  await expect(app.page.locator('[data-testid="mobile-wish-photo"] .van-uploader__preview')).toHaveCount(1)
  await app.page.locator('[data-testid="mobile-wish-text"] textarea').fill('已陪同老人完成体检')
  await app.screenshot('phone-micro-wish-fulfil')
  await app.byTestId('mobile-wish-submit').tap()
  const claim = app.byTestId(`mobile-claim-${claimId}`)
  await expect(claim).toContainText('待确认')

  const { body } = await adminApi.call<{ status: string }>('POST', `/api/micro-wish-claims/${claimId}/confirm`)
  expect(body.status).toBe('REALISED')
  await app.page.reload()
  await expect(claim).toContainText('已实现')
  await expect(claim).toContainText(masked)
  await expect(claim.locator('[data-testid="mobile-claim-beneficiary"]')).toHaveCount(0)
})
