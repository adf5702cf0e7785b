// Co-building units on the office's screens (issue 16): the street-admin registers a unit of a new sub-district in
// 共建单位 (the list narrowed to it in the address), reveals its contact's phone with a reason, creates a liaison
// sign-in (the temporary password shown once), and gives a talk-day issue of the sub-district to the unit in the
// assign dialog; the issue page then shows the unit, and the first-responsible person stays. The forms pass axe.
import { beijingToday, expect, newRun, STREET_ADMIN, test, type World } from './fixtures'

test.describe.configure({ mode: 'serial' })

const run = newRun()
const unitName = `E2E供电公司${run.stamp}`
const contactPhone = `139${String(Date.now()).slice(-8)}`
const liaisonUsername = `lia${run.stamp}`
const description = `E2E${run.stamp} 小区配电箱异响`
let world: World
let unitId = 0
let issueId = 0

test.beforeAll(async ({ adminApi }) => {
  world = await adminApi.world(run)
  const talkDay = await adminApi.call<{ talkDay: { id: number } }>('POST', '/api/talk-days', {
    communityId: world.community.id,
    date: beijingToday(),
    startTime: '09:00',
    endTime: '11:30',
    place: '党群服务中心',
    hosts: '社区书记',
  })
  const categories = await adminApi.call<{ id: number; code: string }[]>('GET', '/api/issue-categories')
  const issue = await adminApi.call<{ issue: { id: number } }>('POST', '/api/issues', {
    categoryId: categories.body.find((c) => c.code === 'OTHER')!.id,
    description,
    urgency: 'NORMAL',
    channel: 'TALK_DAY',
    talkDayId: talkDay.body.talkDay.id,
    location: { areaId: world.grid.id },
    reporter: { name: `吴${run.stamp.slice(-2)}` },
  })
  issueId = issue.body.issue.id
  const { etag } = await adminApi.call('GET', `/api/issues/${issueId}`)
  await adminApi.call('POST', `/api/issues/${issueId}/accept`, {}, { 'If-Match': etag! })
})

test('the street-admin registers a unit of the sub-district, its phone masked', async ({ app, adminApi }, testInfo) => {
  const { page } = app
  await page.goto(`/cobuild-units?subDistrict=${world.subDistrict.id}&status=`, { waitUntil: 'domcontentloaded' })
  await app.signIn(STREET_ADMIN)
  await app.waitForApp()
  await expect(page.locator('h1')).toHaveText('共建单位')
  await app.byTestId('unit-create').click()
  const form = app.byTestId('unit-form')
  await form.waitFor()
  await app.choose('unit-sub-district', world.subDistrict.name)
  await app.byTestId('unit-name').fill(unitName)
  await app.choose('unit-type', '国有企业')
  await app.byTestId('unit-party-org').fill(`${unitName}党委`)
  await page.locator('[data-testid="unit-members"] input').fill('86')
  await app.byTestId('unit-contact-name').fill('王强')
  await app.byTestId('unit-contact-phone').fill(contactPhone)
  await app.screenshot('unit-form')
  await app.checkA11y(testInfo, 'unit form')
  await app.byTestId('unit-save').click()
  await form.waitFor({ state: 'hidden', timeout: 20_000 })

  const { body } = await adminApi.call<{ items: { id: number; name: string }[] }>(
    'GET',
    `/api/cobuild-units?subDistrictId=${world.subDistrict.id}`,
  )
  unitId = body.items.find((u) => u.name === unitName)!.id
  await expect(app.byTestId(`unit-row-${unitId}`)).toHaveText(unitName)
  const phone = app.byTestId(`unit-phone-${unitId}`)
  await expect(phone.locator('[data-testid="masked-value"]')).toHaveText(
    `${contactPhone.slice(0, 3)}****${contactPhone.slice(7)}`,
  )
  await expect(app.byTestId('unit-table')).not.toContainText(contactPhone)
})

test('reveals the contact’s phone with a reason', async ({ app }) => {
  await app.byTestId(`unit-phone-${unitId}`).locator('[data-testid="reveal-button"]').click()
  await app.page
    .locator('[data-testid="reveal-reason"] textarea, textarea[data-testid="reveal-reason"]')
    .fill('对接共建项目')
  await app.byTestId('reveal-submit').click()
  await expect(app.byTestId(`unit-phone-${unitId}`).locator('[data-testid="revealed-value"]')).toHaveText(contactPhone)
})

test('creates a liaison sign-in, whose temporary password is shown once', async ({ app }, testInfo) => {
  await app.byTestId(`unit-liaisons-${unitId}`).click()
  await app.byTestId('unit-liaisons-dialog').waitFor()
  await app.byTestId('liaison-add').click()
  await app.byTestId('liaison-form').waitFor()
  await app.byTestId('liaison-display-name').fill('赵联络')
  await app.byTestId('liaison-username').fill(liaisonUsername)
  await app.checkA11y(testInfo, 'liaison form')
  await app.byTestId('liaison-save').click()
  await expect(app.byTestId('temporary-password')).toHaveText(/\S{12,}/)
  await app.screenshot('liaison-password')
  await app.page.keyboard.press('Escape')
  await expect(app.byTestId(`liaison-${liaisonUsername}`)).toHaveText(liaisonUsername)
})

test('gives the issue to the unit in the assign dialog, which the issue page then shows', async ({ app }, testInfo) => {
  const { page } = app
  await page.goto(`/issues/${issueId}`, { waitUntil: 'domcontentloaded' })
  await app.waitForApp()
  await expect(page.getByText(description)).toBeVisible()
  const responsible = await app.byTestId('issue-first-responsible').textContent()
  await app.byTestId('action-ASSIGN').click()
  const form = app.byTestId('issue-action-form')
  await form.waitFor()
  await app.byTestId('handler-kind-unit').click()
  await app.choose('action-handler-unit', unitName)
  await app.screenshot('issue-assign-unit')
  await app.checkA11y(testInfo, 'assign to a co-building unit')
  await app.byTestId('action-submit').click()
  await form.waitFor({ state: 'hidden', timeout: 20_000 })
  await expect(app.byTestId('issue-handler-unit')).toHaveText(unitName)
  await expect(app.byTestId('issue-first-responsible'), 'the first-responsible person stays').toHaveText(
    responsible ?? '',
  )
})
