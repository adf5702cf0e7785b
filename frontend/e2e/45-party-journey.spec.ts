// Issue 16 end to end: a party member reports to their community and staff confirm it; on the phone the member claims
// a post and a micro-wish, logs service, and staff verify it; the member's feedback form carries the hours. A
// co-building unit paired with the community claims a project, reports a milestone and the community accepts it. The
// 党建统计 page of the community then shows both report lines with those numbers.
//
// The member's and the liaison's own steps go through the API with their own sign-ins (each in a phone-sized context
// of its own, as 32-visit-journey's helper): the other parts' screens are checked by their own specs; this one follows
// the data from the first report to the statistics, and checks the statistics on their page.
import type { APIRequestContext, BrowserContext, Page } from '@playwright/test'
import { beijingToday, expect, newRun, STREET_ADMIN, test, type Account, type World } from './fixtures'
import { BASE_URL } from './support/env'
import { signInOnKeycloak } from './support/keycloak'
import { png } from './support/png'
import { idCard } from './support/xlsx'

test.describe.configure({ mode: 'serial' })

const run = newRun()
const memberName = '党员报到'
const member: Account = { username: `pm${run.stamp}`, password: `Pm-${run.stamp}-Pass1` }
const liaison: Account = { username: `ul${run.stamp}`, password: `Ul-${run.stamp}-Pass1` }
let world: World
let householdId = 0
let volunteerId = 0
let reportId = 0
let postId = 0
let wishId = 0
let unitId = 0
let projectId = 0
const contexts: BrowserContext[] = []

/** A phone-sized context of its own, signed in as `account`; the bearer token its app sends, for that account's calls. */
async function phoneOf(
  browser: import('@playwright/test').Browser,
  account: Account,
): Promise<{ page: Page; token: () => string }> {
  const context = await browser.newContext({
    baseURL: BASE_URL,
    locale: 'zh-CN',
    viewport: { width: 375, height: 667 },
    isMobile: true,
    hasTouch: true,
  })
  contexts.push(context)
  const page = await context.newPage()
  page.setDefaultTimeout(20_000)
  let token = ''
  page.on('request', (r) => {
    const header = r.headers()['authorization']
    if (header?.startsWith('Bearer ') && r.url().startsWith(`${BASE_URL}/api/`)) token = header
  })
  await page.goto('/m', { waitUntil: 'domcontentloaded' })
  await signInOnKeycloak(page, account)
  await expect.poll(() => token, { message: `${account.username} signs in`, timeout: 60_000 }).toBeTruthy()
  return { page, token: () => token }
}

/** One call as a signed-in account; anything but 2xx fails with the problem the server answered. */
async function as<T>(
  request: APIRequestContext,
  token: string,
  method: 'GET' | 'POST',
  path: string,
  data?: unknown,
): Promise<T> {
  const response = await request.fetch(`${BASE_URL}${path}`, {
    method,
    data,
    headers: { Authorization: token, 'Accept-Language': 'zh-CN' },
  })
  if (!response.ok()) throw new Error(`${method} ${path} answered ${response.status()}: ${await response.text()}`)
  return (await response.json()) as T
}

const plusDays = (day: string, n: number) => {
  const d = new Date(`${day}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + n)
  return d.toISOString().slice(0, 10)
}

test.beforeAll(async ({ adminApi }) => {
  world = await adminApi.world(run)
  const { body: household } = await adminApi.call<{ household: { id: number } }>('POST', '/api/households', {
    gridId: world.grid.id,
    address: run.address,
    housingType: 'OWNED',
    tags: ['ALONE'],
  })
  householdId = household.household.id
  const seq = Date.now() % 1000
  // the household's head: the wish's beneficiary
  await adminApi.call('POST', '/api/residents', {
    householdId,
    name: run.head,
    idCard: idCard('110106', '20150601', ((seq + 300) % 1000) - (((seq + 300) % 1000) % 2) + 1),
    ethnicity: '01',
    relation: 'HEAD',
    registrationType: 'LOCAL',
  })
  const { body: created } = await adminApi.call<{ volunteer: { id: number } }>('POST', '/api/volunteers', {
    communityId: world.community.id,
    name: memberName,
    idCard: idCard('110105', '19880301', seq - (seq % 2) + 1),
  })
  volunteerId = created.volunteer.id
  const { body: login } = await adminApi.call<{ temporaryPassword: string }>(
    'POST',
    `/api/volunteers/${volunteerId}/account`,
    { username: member.username },
  )
  member.temporaryPassword = login.temporaryPassword
})

test.afterAll(async () => {
  for (const context of contexts) await context.close()
})

test('a member reports, the community confirms, the member claims a post and a wish and serves', async ({
  adminApi,
  browser,
  request,
}) => {
  const today = beijingToday()
  // the report, entered by staff for the member, and its confirmation: active this year
  const { body: report } = await adminApi.call<{ id: number; status: string }>('POST', '/api/party-reports', {
    communityId: world.community.id,
    year: Number(today.slice(0, 4)),
    volunteerId,
    employer: `某国企${run.stamp}`,
    employerType: 'STATE_ENTERPRISE',
  })
  expect(report.status).toBe('SUBMITTED')
  reportId = report.id
  const { body: confirmed } = await adminApi.call<{ status: string }>(
    'POST',
    `/api/party-reports/${reportId}/confirm`,
    {},
  )
  expect(confirmed.status).toBe('ACTIVE')

  const { body: post } = await adminApi.call<{ id: number }>('POST', '/api/party-posts', {
    areaId: world.grid.id,
    categoryCode: 'MEDIATION',
    title: `楼栋矛盾调解${run.stamp}`,
    capacity: 2,
    termFrom: today,
    termTo: plusDays(today, 90),
  })
  postId = post.id
  const { body: wish } = await adminApi.call<{ id: number; status: string }>('POST', '/api/micro-wishes', {
    householdId,
    categoryCode: 'STUDY',
    title: `一个新书包${run.stamp}`,
  })
  expect(wish.status).toBe('PUBLISHED')
  wishId = wish.id

  // on the phone, as the member
  const phone = await phoneOf(browser, member)
  const claim = await as<{ id: number }>(request, phone.token(), 'POST', `/api/party-posts/${postId}/claims`, {})
  const wishClaim = await as<{ id: number }>(request, phone.token(), 'POST', `/api/micro-wishes/${wishId}/claims`, {})
  const log = await as<{ id: number; status: string }>(request, phone.token(), 'POST', '/api/party-service-logs', {
    claimId: claim.id,
    serviceDate: today,
    minutes: 120,
    description: `调解邻里纠纷${run.stamp}`,
  })
  expect(log.status).toBe('SUBMITTED')
  const fulfilled = await request.fetch(`${BASE_URL}/api/micro-wish-claims/${wishClaim.id}/fulfil`, {
    method: 'POST',
    headers: { Authorization: phone.token() },
    multipart: {
      file: { name: 'schoolbag.png', mimeType: 'image/png', buffer: png(32, [192, 57, 43]) },
      note: '书包已送到孩子手中',
    },
  })
  expect(fulfilled.ok(), await fulfilled.text()).toBe(true)

  // the community verifies the service (a confirmed ledger entry) and confirms the wish realised
  const { body: verified } = await adminApi.call<{ status: string }>(
    'POST',
    `/api/party-service-logs/${log.id}/verify`,
    {},
  )
  expect(verified.status).toBe('VERIFIED')
  await adminApi.call('POST', `/api/micro-wish-claims/${wishClaim.id}/confirm`, {})

  // the year's feedback form to the employer carries the two verified hours
  const { body: feedback } = await adminApi.call<Record<string, unknown>>('GET', `/api/party-feedback/${reportId}`)
  expect(JSON.stringify(feedback)).toMatch(/"(confirmedHours|hours)":"?2(\.0)?"?/)
})

test('a paired unit claims a project, reports a milestone, and the community accepts it', async ({
  adminApi,
  browser,
  request,
}) => {
  const today = beijingToday()
  const { body: unit } = await adminApi.call<{ id: number }>('POST', '/api/cobuild-units', {
    subDistrictId: world.subDistrict.id,
    name: `共建单位${run.stamp}`,
    unitType: 'STATE_ENTERPRISE',
    partyMemberTotal: 30,
  })
  unitId = unit.id
  const { body: agreement, etag: agreementEtag } = await adminApi.call<{ id: number; status: string }>(
    'POST',
    '/api/cobuild-agreements',
    {
      unitId,
      communityId: world.community.id,
      termFrom: today,
      termTo: plusDays(today, 365),
    },
  )
  expect(agreement.status).toBe('PROPOSED')
  const { body: signed } = await adminApi.call<{ status: string }>(
    'POST',
    `/api/cobuild-agreements/${agreement.id}/sign`,
    { signedOn: today },
    { 'If-Match': agreementEtag! },
  )
  expect(signed.status).toBe('ACTIVE')
  const { body: account } = await adminApi.call<{ temporaryPassword: string }>(
    'POST',
    `/api/cobuild-units/${unitId}/liaisons`,
    { username: liaison.username, displayName: `联络员${run.stamp}` },
  )
  liaison.temporaryPassword = account.temporaryPassword

  const { body: project } = await adminApi.call<{ id: number; status: string }>('POST', '/api/cobuild-projects', {
    communityId: world.community.id,
    fieldCode: 'ELDERLY_CARE',
    title: `老年食堂共建${run.stamp}`,
    needIds: [],
    resourceIds: [],
  })
  expect(project.status).toBe('DRAFT')
  projectId = project.id
  const { body: approved } = await adminApi.call<{ status: string }>(
    'POST',
    `/api/cobuild-projects/${projectId}/approve`,
    {},
  )
  expect(approved.status).toBe('OPEN_PAIRED')

  // the liaison, on the phone: claims the project, reports its milestone, submits it for acceptance
  const phone = await phoneOf(browser, liaison)
  const claimed = await as<{ status: string }>(
    request,
    phone.token(),
    'POST',
    `/api/cobuild-projects/${projectId}/claim`,
    {},
  )
  expect(claimed.status).toBe('CLAIMED')
  const milestone = await as<{ id: number }>(
    request,
    phone.token(),
    'POST',
    `/api/cobuild-projects/${projectId}/milestones`,
    {
      title: '食堂开张',
      dueOn: plusDays(today, 30),
    },
  )
  // the report is multipart: the day, the text and its evidence photo
  const reported = await request.fetch(`${BASE_URL}/api/cobuild-milestones/${milestone.id}/report`, {
    method: 'POST',
    headers: { Authorization: phone.token(), 'Accept-Language': 'zh-CN' },
    multipart: {
      doneOn: today,
      report: '食堂已开张，首日接待老人40人次',
      file: { name: 'canteen.png', mimeType: 'image/png', buffer: png(32, [41, 128, 185]) },
    },
  })
  expect(reported.ok(), await reported.text()).toBe(true)
  await as(request, phone.token(), 'POST', `/api/cobuild-projects/${projectId}/submit`, {})
  const { body: accepted } = await adminApi.call<{ status: string }>(
    'POST',
    `/api/cobuild-projects/${projectId}/accept`,
    { satisfaction: 'SATISFIED' },
  )
  expect(accepted.status).toBe('ACCEPTED')
})

test('the statistics of the community show both report lines with those numbers', async ({ app }) => {
  const { page } = app
  await page.goto(`/party-building/stats?areaId=${world.community.id}`, { waitUntil: 'domcontentloaded' })
  await app.signIn(STREET_ADMIN)
  await app.byTestId('party-building-stats').waitFor()
  await expect(app.byTestId('party-building-member-line')).toHaveText('在职党员报到1名，认领岗位1个，点亮微心愿1个')
  await expect(app.byTestId('party-building-cobuild-line')).toHaveText(
    '1家共建单位与1个社区结对，签订共建项目1项，完成1项',
  )
  await expect(app.byTestId('party-figure-liveClaims').getByTestId('figure-value')).toHaveText('1')
  await app.screenshot('party-journey-stats')
})
