// Check-in and check-out on the phone (project `phone`): a team's leader shows the session's rotating code on their
// phone; a volunteer with an accepted sign-up types its six digits to check in, then again to check out; the leader's
// attendance list shows the times. Team, volunteers, their accounts and the activity are made through the API as the
// street-admin (the volunteers' and activities' contracts); the sign-up is the volunteer's own, with their token.
import type { Browser, BrowserContext, Page } from '@playwright/test'
import { expect, newRun, test, type Account, type World } from './fixtures'
import { BASE_URL } from './support/env'
import { signInOnKeycloak } from './support/keycloak'
import { idCardFromKey } from './support/xlsx'

test.describe.configure({ mode: 'serial' })

const run = newRun()
let world: World
let sessionId = 0
let activityId = 0
let postId = 0
const leader: Account = { username: `lead${run.stamp}`, password: `Ld-${run.stamp}-Pass1` }
const volunteer: Account = { username: `vol${run.stamp}`, password: `Vo-${run.stamp}-Pass1` }
let leaderContext: BrowserContext | undefined
let leaderPage: Page

/** A valid resident ID number (GB 11643 check digit), distinct per run and per `n`. */
function idCard(n: number): string {
  const k = Number.parseInt(run.stamp.slice(-6), 36) + n
  return idCardFromKey(k)
}

test.beforeAll(async ({ adminApi }) => {
  world = await adminApi.world(run)
  const { body: team } = await adminApi.call<{ team: { id: number } }>('POST', '/api/volunteer-teams', {
    areaId: world.community.id,
    name: `E2E签到服务队${run.stamp}`,
    typeCode: 'LIVELIHOOD',
  })
  const people: [Account, string, 'LEADER' | 'MEMBER'][] = [
    [leader, '欧阳队长', 'LEADER'],
    [volunteer, '上官队员', 'MEMBER'],
  ]
  for (const [i, [account, name, role]] of people.entries()) {
    const { body: created } = await adminApi.call<{ volunteer: { id: number } }>('POST', '/api/volunteers', {
      communityId: world.community.id,
      name,
      idCard: idCard(i),
    })
    await adminApi.call('POST', `/api/volunteer-teams/${team.team.id}/members`, {
      volunteerId: created.volunteer.id,
      role,
    })
    const { body: login } = await adminApi.call<{ temporaryPassword: string }>(
      'POST',
      `/api/volunteers/${created.volunteer.id}/account`,
      { username: account.username },
    )
    account.temporaryPassword = login.temporaryPassword
  }
  // a session starting in ten minutes (sign-up closes at its start; check-in opens an hour before it)
  const start = new Date(Date.now() + 10 * 60_000)
  const { body: draft, etag } = await adminApi.call<{
    activity: { id: number }
    sessions: { id: number; posts: { id: number }[] }[]
  }>('POST', '/api/activities', {
    teamId: team.team.id,
    communityId: world.community.id,
    title: `E2E签到活动${run.stamp}`,
    categoryCode: 'ELDER_VISIT',
    place: '社区活动室',
    signUpMode: 'FIRST_COME',
    membersOnly: false,
    sessions: [
      {
        startsAt: start.toISOString(),
        endsAt: new Date(start.getTime() + 60 * 60_000).toISOString(),
        posts: [{ name: '服务岗', capacity: 5 }],
      },
    ],
  })
  await adminApi.call('POST', `/api/activities/${draft.activity.id}/publish`, undefined, { 'If-Match': etag! })
  activityId = draft.activity.id
  sessionId = draft.sessions[0]!.id
  postId = draft.sessions[0]!.posts[0]!.id
})

test.afterAll(async () => {
  await leaderContext?.close()
})

/** The bearer token the app sends with its API calls on `page` (a real sign-in's). */
async function bearerOf(page: Page): Promise<string> {
  const request = await page.waitForRequest(
    (r) => r.url().startsWith(`${BASE_URL}/api/`) && !!r.headers()['authorization'],
    { timeout: 120_000 },
  )
  return request.headers()['authorization']!
}

/** A phone of the leader's own, beside the volunteer's (the story's page). */
async function leaderPhone(browser: Browser): Promise<Page> {
  leaderContext = await browser.newContext({
    baseURL: BASE_URL,
    locale: 'zh-CN',
    viewport: { width: 375, height: 667 },
    isMobile: true,
    hasTouch: true,
  })
  const page = await leaderContext.newPage()
  await page.goto(`/m/sessions/${sessionId}/check-in-code`, { waitUntil: 'domcontentloaded' })
  await signInOnKeycloak(page, leader)
  return page
}

test('the volunteer signs in on the phone and signs up for the session', async ({ app }) => {
  const { page } = app
  const token = bearerOf(page)
  await page.goto('/m', { waitUntil: 'domcontentloaded' })
  await app.signIn(volunteer)
  await app.byTestId('mobile-check-in-entry').waitFor()
  const response = await page.request.post(`${BASE_URL}/api/sign-ups/open-activities/${activityId}`, {
    data: { postId },
    headers: { Authorization: await token },
  })
  expect(response.status(), await response.text()).toBe(201)
  expect((await response.json()).status).toBe('ACCEPTED')
})

test('the leader shows the rotating code', async ({ browser }) => {
  leaderPage = await leaderPhone(browser)
  await expect(leaderPage.locator('[data-testid="check-in-qr"]')).toBeVisible()
  await expect(leaderPage.locator('[data-testid="check-in-digits"]')).toHaveText(/^\d{6}$/)
  await expect(leaderPage.locator(`[data-testid^="attendance-row-"]`)).toHaveCount(1)
})

/** Types the code the leader's phone shows now and submits it. */
async function typeTheCode(app: { page: Page; byTestId: (id: string) => ReturnType<Page['locator']> }) {
  const digits = (await leaderPage.locator('[data-testid="check-in-digits"]').textContent())!.trim()
  await app.page.locator('[data-testid="typed-code"] input').fill(digits)
  await app.byTestId('submit-code').tap()
}

test('the volunteer types the code to check in, and again to check out', async ({ app }, testInfo) => {
  const { page } = app
  await app.byTestId('mobile-check-in-entry').tap()
  await page.waitForURL(/\/m\/check-in/)
  await app.byTestId(`my-session-${sessionId}`).waitFor()
  await app.checkA11y(testInfo, 'check-in page')
  await typeTheCode(app)
  await expect(app.byTestId('checked-in-at')).toBeVisible()
  await app.screenshot('checked-in')

  await typeTheCode(app)
  await expect(app.byTestId('checked-out-at')).toBeVisible()
  await expect(app.byTestId('submit-code')).toHaveCount(0)
  await app.screenshot('checked-out')
})

test('the leader’s list shows the times', async () => {
  await leaderPage.reload({ waitUntil: 'domcontentloaded' })
  const row = leaderPage.locator('[data-testid^="attendance-row-"]')
  await expect(row).toContainText('签到')
  await expect(row).toContainText('签退')
  await expect(row).toContainText('出勤')
})
