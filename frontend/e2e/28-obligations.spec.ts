// Visit obligations on the household page (desktop): a household and a seven-day visit rule anchored today are made
// through the API and the rule's running period is generated; the household page's 结对与走访 section shows the
// obligation (rule, period, due day, state with the days left, nobody's visits yet), and a community manager — here
// the street-admin — marks it not applicable with a note, after which it shows so with the reason and note.
import { beijingToday, expect, newRun, STREET_ADMIN, test, type World } from './fixtures'

test.describe.configure({ mode: 'serial' })

const run = newRun()
let world: World
let householdId = 0
const ruleName = `七日走访${run.stamp.slice(-6)}`

test.beforeAll(async ({ adminApi }) => {
  world = await adminApi.world(run)
  householdId = (
    await adminApi.call<{ household: { id: number } }>('POST', '/api/households', {
      gridId: world.grid.id,
      address: `走访路${run.stamp.slice(-6)}号`,
      housingType: 'OWNED',
      tags: [],
    })
  ).body.household.id
  const { body: rule } = await adminApi.call<{ id: number }>('POST', '/api/visit-rules', {
    subDistrictId: world.subDistrict.id,
    name: ruleName,
    target: 'ALL_HOUSEHOLDS',
    responsible: 'GRID_WORKER',
    periodKind: 'EVERY_N_DAYS',
    periodDays: 7,
    anchorDate: beijingToday(),
    visitsRequired: 1,
    modes: ['IN_HOME', 'AT_DOOR'],
  })
  const { body: generated } = await adminApi.call<{ created: boolean; householdCount: number }>(
    'POST',
    `/api/visit-rules/${rule.id}/generate`,
  )
  // a rule made inside its first period starts it when it is made: generating again makes nothing twice
  expect(generated.created).toBe(false)
  expect(generated.householdCount).toBeGreaterThanOrEqual(1)
})

test('the household page shows its visit obligation and a manager marks it not applicable', async ({
  app,
}, testInfo) => {
  await app.page.goto(`/households/${householdId}`, { waitUntil: 'domcontentloaded' })
  await app.signIn(STREET_ADMIN)
  const section = app.byTestId('household-obligations')
  await expect(app.page.getByRole('heading', { name: '结对与走访' })).toBeVisible()
  const row = section.locator('.el-table__row', { hasText: ruleName })
  await expect(row).toBeVisible()
  await expect(row).toContainText(beijingToday())
  await expect(row).toContainText('待走访')
  await expect(row).toContainText('0/1 天')
  // the grid worker of the run's grid answers for it; six or fewer days are left of the seven
  await expect(row).toContainText(world.worker.displayName)
  await expect(row.getByTestId('obligation-distance')).toContainText(/还剩\d天|今天到期/)

  await row.getByTestId('obligation-not-applicable').click()
  const form = app.byTestId('not-applicable-form')
  await expect(form).toBeVisible()
  await expect(app.page.locator('.el-dialog')).toContainText(ruleName)
  // the note is required
  await app.byTestId('not-applicable-submit').click()
  await expect(form).toContainText('请填写说明')
  await app.page.locator('textarea[data-testid=not-applicable-note]').fill('住户长期在外地住院')
  await app.byTestId('not-applicable-submit').click()
  await expect(form).toBeHidden()

  await expect(row).toContainText('不适用')
  await expect(row).toContainText('其他')
  await expect(row).toContainText('住户长期在外地住院')
  await expect(row.getByTestId('obligation-not-applicable')).toHaveCount(0)
  await app.checkA11y(testInfo, 'household-obligations')
})
