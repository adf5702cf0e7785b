// A unit liaison on the phone (issue 16): the project a community drafted and the street-admin approved shows in
// 领办大厅 of the paired unit; the liaison claims it, plans a milestone, reports it done with a photo and submits the
// project; the community sees it waiting for acceptance. The unit, its liaison and the agreement come from the units
// and agreements parts' API (support/cobuild.ts).
import { expect, newRun, test } from './fixtures'
import { approvedProject, liaisonDelivers, pairedUnit, type PairedUnit } from './support/cobuild'

test.describe.configure({ mode: 'serial' })

const run = newRun()
let unit: PairedUnit
let projectId = 0

test.beforeAll(async ({ adminApi }) => {
  const world = await adminApi.world(run)
  unit = await pairedUnit(adminApi, world, run, 'P')
  projectId = await approvedProject(adminApi, world, `楼道整治${run.stamp}`)
})

test('the liaison claims the project, reports its milestone with a photo and submits it', async ({
  app,
  adminApi,
}, testInfo) => {
  await app.page.goto('/m', { waitUntil: 'domcontentloaded' })
  await app.signIn(unit.liaison)
  await app.byTestId('mobile-projects-entry').tap()
  await app.byTestId('mobile-projects').waitFor()
  await expect(app.byTestId(`mobile-project-${projectId}`)).toBeVisible()
  await app.checkA11y(testInfo, 'phone-projects')
  await liaisonDelivers(app.page, projectId, '清理楼道杂物')
  await app.screenshot('phone-project-submitted')
  const { body: project } = await adminApi.call<{ status: string; unit: { id: number }; claimedInTime: boolean }>(
    'GET',
    `/api/cobuild-projects/${projectId}`,
  )
  expect(project.status).toBe('SUBMITTED')
  expect(project.unit.id).toBe(unit.unitId)
  expect(project.claimedInTime).toBe(true)
})
