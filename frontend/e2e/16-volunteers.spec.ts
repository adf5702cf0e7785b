// Volunteers (志愿服务): the street-admin founds a team for the run's community, registers a volunteer, finds them by
// the pinyin initials of their name (with the community in the address: other specs fill the database), makes them
// the team's leader and gives them a sign-in account.
import { expect, newRun, STREET_ADMIN, test, type World } from './fixtures'
import { idCardFromKey } from './support/xlsx'

test.describe.configure({ mode: 'serial' })

const run = newRun()
const teamName = `E2E为老服务队${run.stamp}`
const volunteerName = '司马静怡'
const initials = 'smjy'
const username = `vol${run.stamp}`
let world: World

/** A valid resident ID number (GB 11643 check digit) unique to this run. */
function idCard(): string {
  const n = Number.parseInt(run.stamp.slice(-6), 36)
  return idCardFromKey(n)
}

test.beforeAll(async ({ adminApi }) => {
  world = await adminApi.world(run)
})

test('the street-admin signs in and finds the 志愿服务 menu', async ({ app }) => {
  await app.page.goto('/', { waitUntil: 'domcontentloaded' })
  await app.signIn(STREET_ADMIN)
  await app.waitForApp()
  await app.byTestId('menu-volunteers').waitFor()
  await app.byTestId('menu-volunteer-teams').waitFor()
})

test('a team is founded for the community', async ({ app }, testInfo) => {
  const { page } = app
  await app.byTestId('menu-volunteer-teams').click()
  await page.waitForURL(/\/volunteer-teams/)
  await app.byTestId('team-create').click()
  const form = app.byTestId('team-form')
  await form.waitFor()
  await app.choose('team-area', run.community)
  await page.locator('input[data-testid="team-name"]').fill(teamName)
  await app.choose('team-type', '民生服务')
  await app.screenshot('team-create')
  await app.byTestId('team-save').click()
  await form.waitFor({ state: 'hidden', timeout: 20_000 })
  await page.goto(`/volunteer-teams?area=${world.community.id}`)
  await page.locator('[data-testid="team-table"] tbody tr', { hasText: teamName }).waitFor()
  await app.checkA11y(testInfo, 'volunteer teams')
})

test('a volunteer is registered and found by the initials of their name', async ({ app }, testInfo) => {
  const { page } = app
  await app.byTestId('menu-volunteers').click()
  await page.waitForURL(/\/volunteers/)
  await app.byTestId('volunteer-create').click()
  const form = app.byTestId('volunteer-form')
  await form.waitFor()
  await app.choose('volunteer-community', run.community)
  await page.locator('input[data-testid="volunteer-name"]').fill(volunteerName)
  await page.locator('input[data-testid="volunteer-id-card"]').fill(idCard())
  await page.locator('input[data-testid="volunteer-phone"]').fill(run.workerPhone)
  await app.choose('volunteer-skills', '为老服务')
  // a multiple select stays open: a click on the dialog's title closes it
  await page.locator('.el-dialog__title', { hasText: '登记志愿者' }).click()
  await app.screenshot('volunteer-create')
  await app.byTestId('volunteer-save').click()
  await form.waitFor({ state: 'hidden', timeout: 20_000 })

  // The address holds the search: the initials and the run's community.
  await page.goto(`/volunteers?q=${initials}&community=${world.community.id}`)
  const row = page.locator('[data-testid="volunteer-table"] tbody tr', { hasText: volunteerName })
  await expect(row).toHaveCount(1)
  await expect(row).toContainText('为老服务')
  await expect(page.locator('input[data-testid="volunteer-filter-q"]')).toHaveValue(initials)
  await app.screenshot('volunteers')
  await app.checkA11y(testInfo, 'volunteers')
})

test('the volunteer joins the team as its leader', async ({ app }) => {
  const { page } = app
  await page.goto(`/volunteer-teams?area=${world.community.id}`)
  await page.locator('[data-testid="team-table"] a', { hasText: teamName }).click()
  await app.byTestId('team-detail').waitFor()
  await app.byTestId('team-add-member').click()
  const form = app.byTestId('team-member-form')
  await form.waitFor()
  await app.byTestId('team-member-volunteer').click()
  await page.locator('[data-testid="team-member-volunteer"] input').fill(initials)
  await page.locator('.el-select-dropdown__item:visible', { hasText: volunteerName }).first().click()
  await app.byTestId('team-member-role-LEADER').click()
  await app.byTestId('team-member-save').click()
  await form.waitFor({ state: 'hidden', timeout: 20_000 })
  const member = page.locator('[data-testid="team-members"] tbody tr', { hasText: volunteerName })
  await expect(member).toHaveCount(1)
  await expect(member.locator('.el-select')).toContainText('队长')
  await app.screenshot('team-detail')
})

test('the volunteer gets a sign-in account', async ({ app }, testInfo) => {
  const { page } = app
  await page.locator('[data-testid="team-members"] a', { hasText: volunteerName }).click()
  await app.byTestId('volunteer-detail').waitFor()
  await app.byTestId('volunteer-create-account').click()
  const form = app.byTestId('volunteer-account-form')
  await form.waitFor()
  await page.locator('input[data-testid="volunteer-username"]').fill(username)
  await app.byTestId('volunteer-account-save').click()
  await app.byTestId('temp-password-dialog').waitFor()
  await expect(app.byTestId('temporary-password')).toHaveText(/\S{12,}/)
  await app.screenshot('volunteer-account')
  await page.keyboard.press('Escape')
  await expect(app.byTestId('volunteer-account')).toHaveText(username)
  await page.locator('.el-tabs__item', { hasText: '服务队' }).click()
  await expect(page.locator('[data-testid="volunteer-teams"] tbody tr', { hasText: teamName })).toContainText('队长')
  await app.checkA11y(testInfo, 'volunteer detail')
})
