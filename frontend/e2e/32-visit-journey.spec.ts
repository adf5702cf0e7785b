// One pairing from the office to the doorstep and back (issue 15), on the office's screens (the story's page, desktop)
// and the helper's phone (a phone-sized context of its own): the street-admin pairs a volunteer with an elderly
// household on the 结对帮扶 page; a weekly rule for that pairing type starts its period at once (through the API: the
// rules page has its own spec); the volunteer signs in on the phone, finds the household in today's visits, records a
// completed visit with a photo and a finding; the coverage of the grid counts the household visited, and the issue
// the finding raised is in the issue list, from a visit.
import type { BrowserContext, Page } from '@playwright/test'
import { beijingToday, expect, newRun, STREET_ADMIN, test, type Account, type World } from './fixtures'
import { BASE_URL } from './support/env'
import { signInOnKeycloak } from './support/keycloak'
import { png } from './support/png'
import { idCard } from './support/xlsx'

test.describe.configure({ mode: 'serial' })

const run = newRun()
const helperName = '欧阳帮扶'
const helper: Account = { username: `vst${run.stamp}`, password: `Vs-${run.stamp}-Pass1` }
const finding = `燃气管老化${run.stamp}`
let world: World
let householdId = 0
let headId = 0
let ruleId = 0
let phoneContext: BrowserContext | undefined
let phone: Page

/** A remote select (household, helper): type into it and pick the option that shows `text`. */
async function pick(page: Page, testid: string, typed: string, text: string): Promise<void> {
  const input = page.locator(`[data-testid="${testid}"] input, input[data-testid="${testid}"]`).first()
  await input.click()
  await input.fill(typed)
  const option = page.locator('.el-select-dropdown__item:visible', { hasText: text }).first()
  await option.waitFor()
  await option.click()
}

test.beforeAll(async ({ adminApi, browser }) => {
  world = await adminApi.world(run)
  const { body: household } = await adminApi.call<{ household: { id: number } }>('POST', '/api/households', {
    gridId: world.grid.id,
    address: run.address,
    housingType: 'OWNED',
    tags: ['ALONE'],
  })
  householdId = household.household.id
  const seq = Date.now() % 1000
  const helperSeq = (seq + 500) % 1000 // another person's number, still three digits
  const { body: resident } = await adminApi.call<{ resident: { id: number } }>('POST', '/api/residents', {
    householdId,
    name: run.head,
    idCard: idCard('110106', '19440815', seq - (seq % 2) + 1),
    ethnicity: '01',
    relation: 'HEAD',
    registrationType: 'LOCAL',
    tags: ['ELDERLY_ALONE'],
  })
  headId = resident.resident.id
  const { body: created } = await adminApi.call<{ volunteer: { id: number } }>('POST', '/api/volunteers', {
    communityId: world.community.id,
    name: helperName,
    idCard: idCard('110105', '19850101', helperSeq - (helperSeq % 2) + 1),
  })
  const { body: login } = await adminApi.call<{ temporaryPassword: string }>(
    'POST',
    `/api/volunteers/${created.volunteer.id}/account`,
    { username: helper.username },
  )
  helper.temporaryPassword = login.temporaryPassword
  phoneContext = await browser.newContext({
    baseURL: BASE_URL,
    locale: 'zh-CN',
    viewport: { width: 375, height: 667 },
    isMobile: true,
    hasTouch: true,
  })
  phone = await phoneContext.newPage()
  phone.setDefaultTimeout(20_000)
})

test.afterAll(async () => {
  await phoneContext?.close()
})

const onPhone = (testid: string) => phone.locator(`[data-testid="${testid}"]`)

test('the street-admin pairs the volunteer with the elderly household', async ({ app, adminApi }) => {
  const { page } = app
  await page.goto('/', { waitUntil: 'domcontentloaded' })
  await app.signIn(STREET_ADMIN)
  await app.waitForApp()
  await page.goto(`/pairings?area=${world.grid.id}`, { waitUntil: 'domcontentloaded' })
  await app.byTestId('pairing-create').click()
  const form = app.byTestId('pairing-form')
  await form.waitFor()
  await pick(page, 'pairing-household', run.address, run.address)
  await app.choose('pairing-type', '独居老人关爱')
  await pick(page, 'pairing-helper', helperName, helperName)
  await app.byTestId('pairing-save').click()
  await form.waitFor({ state: 'hidden', timeout: 20_000 })
  const row = page.locator('[data-testid="pairing-table"] tbody tr', { hasText: run.address })
  await expect(row).toContainText(helperName)
  await expect(row).toContainText('结对中')

  // a weekly visit of every elderly person living alone by the paired helper; created now, it starts its period now
  const { body: rule } = await adminApi.call<{ id: number; currentPeriod: { id: number } | null }>(
    'POST',
    '/api/visit-rules',
    {
      subDistrictId: world.subDistrict.id,
      name: `独居老人每周走访${run.stamp}`,
      target: 'PAIRED',
      codes: ['ELDERLY_ALONE'],
      responsible: 'HELPER',
      periodKind: 'EVERY_N_DAYS',
      periodDays: 7,
      anchorDate: beijingToday(),
      visitsRequired: 1,
      modes: ['IN_HOME', 'AT_DOOR'],
    },
  )
  ruleId = rule.id
  expect(rule.currentPeriod?.id).toBeTruthy()
})

test('the volunteer visits the household on the phone, with a photo and a finding', async () => {
  await phone.goto('/m/visits', { waitUntil: 'domcontentloaded' })
  await signInOnKeycloak(phone, helper)
  await onPhone('mobile-visits-today').waitFor({ timeout: 60_000 })
  const due = phone.locator('[data-testid^="mobile-visit-obligation-"]', { hasText: run.address })
  await expect(due).toHaveCount(1)
  await due.tap()
  await phone.waitForURL(new RegExp(`/m/visits/households/${householdId}$`))
  await onPhone('mobile-visit-record').tap()
  await onPhone('visit-mode-IN_HOME').waitFor()
  await onPhone(`visit-member-${headId}`).tap()
  await onPhone('visit-need-SAFETY').tap()
  await phone
    .locator('[data-testid="visit-photos"] input[type="file"]')
    .setInputFiles({ name: 'kitchen.png', mimeType: 'image/png', buffer: png(32, [39, 174, 96]) })
  await expect(phone.locator('[data-testid="visit-photos"] .van-uploader__preview')).toHaveCount(1)
  await onPhone('visit-add-finding').tap()
  await onPhone('visit-finding-0-category').tap()
  await phone.locator('.van-picker__confirm').tap()
  await phone.locator('[data-testid="visit-finding-0-description"] textarea').fill(finding)
  await onPhone('visit-submit').tap()
  await phone.waitForURL(/\/m\/visits\/\d+\/done$/)
  await expect(phone.locator('[data-testid^="visit-done-counted-"]')).toHaveCount(1)
  await expect(phone.locator('[data-testid^="visit-done-issue-"]')).toContainText(finding)
  await expect(onPhone('visit-done-photos')).toContainText('1')
})

test('the coverage counts the household visited and the issue is in the list', async ({ app, adminApi }) => {
  const { page } = app
  await page.goto(`/visit-coverage?ruleId=${ruleId}&areaId=${world.grid.id}`, { waitUntil: 'domcontentloaded' })
  await app.byTestId('visit-coverage').waitFor()
  await expect(app.byTestId('coverage-figure-denominator').getByTestId('figure-value')).toHaveText('1')
  await expect(app.byTestId('coverage-figure-visited').getByTestId('figure-value')).toHaveText('1')
  await expect(app.byTestId('coverage-figure-notVisited').getByTestId('figure-value')).toHaveText('0')
  await expect(app.byTestId('coverage-report-line')).toContainText('覆盖率100.0%')
  await app.screenshot('journey-coverage')

  await page.goto(`/issues?q=${encodeURIComponent(finding)}`, { waitUntil: 'domcontentloaded' })
  const issueRow = page.locator('[data-testid="issue-table"] tbody tr', { hasText: finding })
  await expect(issueRow).toHaveCount(1)
  await issueRow.getByTestId('issue-number').click()
  await page.waitForURL(/\/issues\/\d+$/)
  const issueId = Number(page.url().split('/').pop())
  const { body: issue } = await adminApi.call<{ issue: { channel: string }; visitId: number | null }>(
    'GET',
    `/api/issues/${issueId}`,
  )
  expect(issue.issue.channel).toBe('VISIT')
  expect(issue.visitId).toBeTruthy()
  await app.screenshot('journey-issue')
})
