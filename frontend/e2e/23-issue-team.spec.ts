// A talk-day issue given to a volunteer team (issue 14), the staff side. Through the API: a new community with a talk
// day and an issue raised at it (accepted), a volunteer team of the community with its leader. The street-admin opens
// the issue, chooses 志愿服务队 in the assign dialog, finds the team by name and assigns it; the issue page then shows
// the team and its leader instead of a handler, and the first-responsible person stays. The dialog passes axe.
import { beijingToday, expect, newRun, STREET_ADMIN, test, type World } from './fixtures'
import { idCard } from './support/xlsx'

test.describe.configure({ mode: 'serial' })

const run = newRun()
const team = `E2E巡防队${run.stamp}`
const leader = `周${run.stamp.slice(-2)}队`
const description = `E2E${run.stamp} 小区东门路灯不亮`
const seq = Date.now() % 1000
let world: World
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

  const volunteer = await adminApi.call<{ volunteer: { id: number } }>('POST', '/api/volunteers', {
    communityId: world.community.id,
    name: leader,
    idCard: idCard('110105', `${1960 + (seq % 30)}0521`, seq - (seq % 2) + 1),
  })
  const created = await adminApi.call<{ team: { id: number } }>('POST', '/api/volunteer-teams', {
    areaId: world.community.id,
    name: team,
    typeCode: 'PATROL',
  })
  await adminApi.call('POST', `/api/volunteer-teams/${created.body.team.id}/members`, {
    volunteerId: volunteer.body.volunteer.id,
    role: 'LEADER',
  })
})

test('the street-admin gives the issue to the volunteer team, which the issue page then shows', async ({
  app,
}, testInfo) => {
  const { page } = app
  await page.goto(`/issues/${issueId}`, { waitUntil: 'domcontentloaded' })
  await app.signIn(STREET_ADMIN)
  await app.waitForApp()
  await expect(page.getByText(description)).toBeVisible()
  const responsible = await app.byTestId('issue-first-responsible').textContent()

  await app.byTestId('action-ASSIGN').click()
  const form = app.byTestId('issue-action-form')
  await form.waitFor()
  await app.byTestId('handler-kind-team').click()
  await app.choose('action-handler-team', team)
  await app.screenshot('issue-assign-team')
  await app.checkA11y(testInfo, 'assign to a volunteer team')
  await app.byTestId('action-submit').click()
  await form.waitFor({ state: 'hidden', timeout: 20_000 })

  await expect(app.byTestId('issue-handler-team')).toHaveText(team)
  await expect(app.byTestId('issue-handler-team-leaders')).toContainText(`${leader}（队长）`)
  await expect(app.byTestId('issue-first-responsible'), 'the first-responsible person stays').toHaveText(
    responsible ?? '',
  )
  await expect(page.locator('[data-testid="issue-detail"] [data-testid="issue-status"]')).toHaveAttribute(
    'data-status',
    'ASSIGNED',
  )
  await app.screenshot('issue-given-to-team')
})
