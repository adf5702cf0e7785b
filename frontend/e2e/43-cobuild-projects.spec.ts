// Co-building projects on the office's board (issue 16): community staff's screen drafts a project of the community,
// the street-admin approves it with a claim period, a paired unit's liaison claims it and reports its milestone
// (through the API: the phone has its own spec), and the community accepts it with the residents' satisfaction.
// The unit, its liaison and the agreement come from the units and agreements parts' API (see support/cobuild.ts).
import { expect, newRun, STREET_ADMIN, test, type World } from './fixtures'
import { liaisonDelivers, pairedUnit, type PairedUnit } from './support/cobuild'
import { BASE_URL } from './support/env'
import { signInOnKeycloak } from './support/keycloak'

test.describe.configure({ mode: 'serial' })

const run = newRun()
const title = `助老食堂${run.stamp}`
let world: World
let projectId = 0

test.beforeAll(async ({ adminApi }) => {
  world = await adminApi.world(run)
})

test('the street-admin drafts a project on the board and approves it', async ({ app }, testInfo) => {
  const { page } = app
  await page.goto('/', { waitUntil: 'domcontentloaded' })
  await app.signIn(STREET_ADMIN)
  await app.waitForApp()
  await page.goto(`/cobuild-projects?area=${world.community.id}`, { waitUntil: 'domcontentloaded' })
  await app.byTestId('project-create').click()
  const form = app.byTestId('project-form')
  await form.waitFor()
  await page.locator('[data-testid="project-community"]').first().click()
  await page.locator(`[data-testid="area-option-${world.community.id}"]:visible`).click()
  await app.choose('project-field', '为老服务')
  await page.locator('input[data-testid="project-title"]').fill(title)
  await app.byTestId('project-save').click()
  await form.waitFor({ state: 'hidden', timeout: 20_000 })
  await expect(app.byTestId('project-status')).toHaveText('草稿')
  projectId = Number(await app.byTestId('project-detail').getAttribute('data-project-id'))
  await app.byTestId('project-action-APPROVE').click()
  await app.byTestId('project-approve-confirm').click()
  await expect(app.byTestId('project-status')).toHaveText('待结对单位认领')
  await app.screenshot('cobuild-project-approved')
  await page.keyboard.press('Escape')

  // the board counts it under its state, filtered by the title in the address
  await page.goto(`/cobuild-projects?area=${world.community.id}&status=OPEN_PAIRED&q=${encodeURIComponent(title)}`, {
    waitUntil: 'domcontentloaded',
  })
  await expect(page.locator('[data-testid="project-table"] tbody tr', { hasText: title })).toHaveCount(1)
  await app.checkA11y(testInfo, 'cobuild-projects')
})

test('a paired unit claims it on the phone and reports its milestone; the community accepts it', async ({
  app,
  adminApi,
  browser,
}) => {
  // waits for the merge: the units and agreements parts' endpoints (support/cobuild.ts)
  const unit: PairedUnit = await pairedUnit(adminApi, world, run, 'A')
  const phoneContext = await browser.newContext({
    baseURL: BASE_URL,
    locale: 'zh-CN',
    viewport: { width: 375, height: 667 },
    isMobile: true,
    hasTouch: true,
  })
  try {
    const phone = await phoneContext.newPage()
    phone.setDefaultTimeout(20_000)
    await phone.goto('/m/projects', { waitUntil: 'domcontentloaded' })
    await signInOnKeycloak(phone, unit.liaison)
    await phone.locator('[data-testid="mobile-projects"]').waitFor({ timeout: 60_000 })
    await liaisonDelivers(phone, projectId, '食堂开张')
  } finally {
    await phoneContext.close()
  }

  const { page } = app
  await page.goto(`/cobuild-projects?status=SUBMITTED&q=${encodeURIComponent(title)}`, {
    waitUntil: 'domcontentloaded',
  })
  await app.byTestId(`project-row-${projectId}`).click()
  await expect(app.byTestId('project-unit')).toHaveText(unit.unitName)
  await expect(app.byTestId('project-milestones')).toContainText('食堂开张')
  await app.byTestId('project-action-ACCEPT').click()
  await app.byTestId('project-satisfaction-SATISFIED').click()
  await app.byTestId('project-accept-confirm').click()
  await expect(app.byTestId('project-status')).toHaveText('已验收')
  await expect(app.byTestId('project-satisfaction')).toHaveText('满意')
})
