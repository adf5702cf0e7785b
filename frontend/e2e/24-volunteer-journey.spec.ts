// One volunteer's service from sign-up to certificate, on the office's screens (the story's page, desktop) and the
// volunteer's phone (a phone-sized context of its own): staff set up a team and an activity whose session starts in
// a minute and a half (through the API; the screens that make them have their own specs); the volunteer signs up on
// the phone, checks in with the session's code when it has started, and checks out a minute later; staff confirm the
// hours in the queue narrowed to the activity; the volunteer sees them confirmed and downloads the certificate; the
// statistics count the activity and the service.
import type { BrowserContext, Page } from '@playwright/test'
import { beijingToday, expect, newRun, STREET_ADMIN, test, type Account, type World } from './fixtures'
import { BASE_URL } from './support/env'
import { signInOnKeycloak } from './support/keycloak'
import { pdfPages } from './support/pdf'
import type { AdminApi } from './support/admin-api'
import { idCardFromKey } from './support/xlsx'

test.describe.configure({ mode: 'serial' })

const run = newRun()
const name = '司马志愿'
const volunteer: Account = { username: `jrn${run.stamp}`, password: `Jr-${run.stamp}-Pass1` }
let world: World
let activityId = 0
let sessionId = 0
let postId = 0
let startsAt = 0
let phoneContext: BrowserContext | undefined
let phone: Page

/** A valid resident ID number (GB 11643 check digit), distinct per run. */
function idCard(): string {
  const k = Number.parseInt(run.stamp.slice(-6), 36) + 7
  return idCardFromKey(k, 1970, 30)
}

test.beforeAll(async ({ adminApi, browser }) => {
  world = await adminApi.world(run)
  const { body: team } = await adminApi.call<{ team: { id: number } }>('POST', '/api/volunteer-teams', {
    areaId: world.community.id,
    name: `E2E全程服务队${run.stamp}`,
    typeCode: 'LIVELIHOOD',
  })
  const { body: created } = await adminApi.call<{ volunteer: { id: number } }>('POST', '/api/volunteers', {
    communityId: world.community.id,
    name,
    idCard: idCard(),
  })
  await adminApi.call('POST', `/api/volunteer-teams/${team.team.id}/members`, {
    volunteerId: created.volunteer.id,
    role: 'MEMBER',
  })
  const { body: login } = await adminApi.call<{ temporaryPassword: string }>(
    'POST',
    `/api/volunteers/${created.volunteer.id}/account`,
    { username: volunteer.username },
  )
  volunteer.temporaryPassword = login.temporaryPassword
  // sign-up closes at the session's start, and only time inside the session counts: it starts very soon
  startsAt = Date.now() + 90_000
  const { body: draft, etag } = await adminApi.call<{
    activity: { id: number }
    sessions: { id: number; posts: { id: number }[] }[]
  }>('POST', '/api/activities', {
    teamId: team.team.id,
    communityId: world.community.id,
    title: `E2E全程活动${run.stamp}`,
    categoryCode: 'ELDER_VISIT',
    place: '社区活动室',
    signUpMode: 'FIRST_COME',
    membersOnly: false,
    sessions: [
      {
        startsAt: new Date(startsAt).toISOString(),
        endsAt: new Date(startsAt + 30 * 60_000).toISOString(),
        posts: [{ name: '陪伴岗', capacity: 3 }],
      },
    ],
  })
  await adminApi.call('POST', `/api/activities/${draft.activity.id}/publish`, undefined, { 'If-Match': etag! })
  activityId = draft.activity.id
  sessionId = draft.sessions[0]!.id
  postId = draft.sessions[0]!.posts[0]!.id
  phoneContext = await browser.newContext({
    baseURL: BASE_URL,
    locale: 'zh-CN',
    viewport: { width: 375, height: 667 },
    isMobile: true,
    hasTouch: true,
    acceptDownloads: true,
  })
  phone = await phoneContext.newPage()
  phone.setDefaultTimeout(20_000)
})

test.afterAll(async () => {
  await phoneContext?.close()
})

const onPhone = (testid: string) => phone.locator(`[data-testid="${testid}"]`)

/** Types the session's current code (what the organiser's phone shows) on the volunteer's check-in page. */
async function typeTheCode(adminApi: AdminApi): Promise<void> {
  const { body } = await adminApi.call<{ code: string }>('GET', `/api/volunteer-sessions/${sessionId}/check-in-code`)
  await onPhone('typed-code').locator('input').fill(body.code)
  await onPhone('submit-code').tap()
}

test('the volunteer signs in on the phone and signs up for the post', async () => {
  await phone.goto(`/m/activities/${activityId}`, { waitUntil: 'domcontentloaded' })
  await signInOnKeycloak(phone, volunteer)
  await onPhone('mobile-open-activity').waitFor({ timeout: 60_000 })
  await onPhone(`mobile-sign-up-${postId}`).tap()
  await expect(onPhone('mobile-signup-status')).toContainText('已录用')
})

test('once the session has started, the volunteer checks in with its code and a minute later checks out', async ({
  adminApi,
}) => {
  test.setTimeout(240_000)
  await phone.waitForTimeout(Math.max(0, startsAt + 3_000 - Date.now()))
  await phone.goto('/m/check-in', { waitUntil: 'domcontentloaded' })
  await onPhone(`my-session-${sessionId}`).waitFor()
  await typeTheCode(adminApi)
  await expect(onPhone('checked-in-at')).toBeVisible()
  await phone.waitForTimeout(62_000)
  await typeTheCode(adminApi)
  await expect(onPhone('checked-out-at')).toBeVisible()
})

test('staff confirm the hours in the queue of the activity', async ({ app }) => {
  const { page } = app
  await page.goto(`/volunteer-hours?activityId=${activityId}`, { waitUntil: 'domcontentloaded' })
  await app.signIn(STREET_ADMIN)
  await app.waitForApp()
  await app.byTestId('hours-filter-activity').waitFor()
  const group = page.locator('[data-testid^="hours-group-check-"]')
  await expect(group).toHaveCount(1)
  await expect(app.byTestId('hours-queue-table')).toContainText(name)
  await group.click()
  await app.byTestId('hours-confirm-chosen').click()
  await expect(page.locator('[data-testid^="hours-group-check-"]')).toHaveCount(0)
  await app.screenshot('queue-confirmed')
})

test('the volunteer sees the hours confirmed and downloads the certificate with its name', async () => {
  await phone.goto('/m/hours', { waitUntil: 'domcontentloaded' })
  await onPhone('mobile-hours').waitFor()
  await expect(phone.locator('[data-testid^="mobile-hours-entry-"]').first()).toContainText('已确认')
  await phone.goto('/m/certificate', { waitUntil: 'domcontentloaded' })
  await onPhone('mobile-certificate').waitFor()
  const [download] = await Promise.all([
    phone.waitForEvent('download', { timeout: 30_000 }),
    onPhone('certificate-download').tap(),
  ])
  const bytes = await (await download.createReadStream()).toArray()
  const text = (await pdfPages(Buffer.concat(bytes))).join('')
  expect(text).toContain(name)
  expect(text).toContain(`E2E全程活动${run.stamp}`)
})

test('the statistics of the community count the activity and the service', async ({ app }) => {
  const today = beijingToday()
  await app.page.goto(`/volunteers/stats?areaId=${world.community.id}&period=${today}~${today}`, {
    waitUntil: 'domcontentloaded',
  })
  await app.byTestId('volunteer-stats-cards').waitFor()
  await expect(app.byTestId('volunteer-stats-report-line')).toContainText('开展志愿服务1次')
  await app.screenshot('statistics')
})
