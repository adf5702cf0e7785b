// A reported party member on the phone (project `phone`): the member (a volunteer whose report of this year the
// community confirmed, through the reports part's API) opens 党员岗位 from the home's tile, claims an open post of
// their community, and logs service on it with a photo; the service waits for verification in 我的岗位.
import { beijingToday, expect, newRun, test, type World } from './fixtures'
import { png } from './support/png'
import { idCardFromKey } from './support/xlsx'
import { openPost, reportedMember, type PartyMember } from './support/partyMember'

test.describe.configure({ mode: 'serial' })

const run = newRun()
const title = `E2E楼栋守护${run.stamp}`
let world: World
let member: PartyMember
let postId = 0

test.beforeAll(async ({ adminApi }) => {
  world = await adminApi.world(run)
  postId = await openPost(adminApi, world.grid.id, title, beijingToday())
  member = await reportedMember(adminApi, world.community.id, {
    username: `pm${run.stamp}`,
    password: `Pm-${run.stamp}-Pass1`,
    name: `党员${run.stamp.slice(-3)}`,
    idCard: idCardFromKey(Number.parseInt(run.stamp.slice(-6), 36) + 36, 1980, 20),
  })
})

test('the member claims an open post of their community', async ({ app }, testInfo) => {
  await app.page.goto('/m', { waitUntil: 'domcontentloaded' })
  await app.signIn(member)
  await app.page.waitForURL(/\/m$/)
  await app.byTestId('mobile-party-posts-entry').tap()
  await app.page.waitForURL(/\/m\/party\/posts$/)
  const row = app.byTestId(`party-open-${postId}`)
  await expect(row).toContainText(title)
  await expect(row).toContainText('0/3')
  await app.checkA11y(testInfo, 'phone party posts')
  await app.byTestId(`party-claim-${postId}`).tap()
  await app.page.locator('.van-dialog__confirm').tap()
  await expect(row).toContainText('已认领')
  await expect(row).toContainText('1/3')
  await app.screenshot('party-posts-open')
})

test('logs service on the post with a photo, and sees it waiting for verification', async ({ app }, testInfo) => {
  await app.page.getByRole('tab', { name: '我的岗位' }).tap()
  const mine = app.page.locator('[data-testid^="party-mine-"]', { hasText: title })
  await expect(mine).toHaveCount(1)
  await mine.locator('[data-testid^="party-log-"]').tap()
  await app.page.waitForURL(/\/m\/party\/posts\/\d+\/service$/)
  await app.page.locator('[data-testid="party-service-description"] textarea').fill(`巡查楼道，清理堆物${run.stamp}`)
  await app.page
    .locator('[data-testid="party-service-photos"] input[type="file"]')
    .setInputFiles({ name: 'stairs.png', mimeType: 'image/png', buffer: png(32, [192, 57, 43]) })
  await expect(app.page.locator('[data-testid="party-service-photos"] .van-uploader__preview')).toHaveCount(1)
  await app.screenshot('party-service-form')
  await app.checkA11y(testInfo, 'phone party service form')
  await app.byTestId('party-service-submit').tap()
  await app.page.waitForURL(/\/m\/party\/posts\?tab=mine$/)
  const log = app.page.locator('[data-testid^="party-my-log-"]', { hasText: title })
  await expect(log).toHaveCount(1)
  await expect(log).toContainText('待核实')
  await expect(log).toContainText('60')
  await app.screenshot('party-my-posts')
})
