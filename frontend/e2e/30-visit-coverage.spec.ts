// 走访覆盖: the office dashboard shows the API's figures for a rule's period, every figure opens the households behind
// it (in the address, so Back returns to the totals), and 一月一事 lists the sub-district's grid workers. A fresh
// sub-district's rules are its defaults (made on the first reading of its rules, when the rules API is there); the
// households of the run's grid join the next period, so the figures checked are the API's, whatever they are.
import { expect, newRun, STREET_ADMIN, test } from './fixtures'

test.describe.configure({ mode: 'serial' })

const run = newRun()

interface Figures {
  denominator: number
  visited: number
  satisfiedLate: number
  partiallyVisited: number
  attemptedOnly: number
  notVisited: number
  overdue: number
  excluded: number
}
interface RuleChoice {
  id: number
  name: string
  periods: { id: number }[]
  currentPeriodId: number | null
}

test('the coverage dashboard shows the API figures and drills down to the households', async ({
  app,
  adminApi,
}, testInfo) => {
  const subDistrict = await adminApi.area('SUB_DISTRICT', undefined, run.subDistrict, `VC-${run.stamp}`)
  const community = await adminApi.area('COMMUNITY', subDistrict.id, run.community, `VCC-${run.stamp}`)
  await adminApi.area('GRID', community.id, run.grid, `VCG-${run.stamp}`)
  // the sub-district's default rules are made when its rules are first read, and a rule's running period by its
  // generator (the rules and obligations APIs, once merged): the rules new to the list are this sub-district's
  const rulesNow = async () => (await adminApi.call<RuleChoice[]>('GET', '/api/visit-coverage/rules')).body
  const before = new Set((await rulesNow()).map((r) => r.id))
  await adminApi.call('GET', `/api/visit-rules?subDistrictId=${subDistrict.id}`).catch(() => undefined)
  for (const r of (await rulesNow()).filter((r) => !before.has(r.id))) {
    await adminApi.call('POST', `/api/visit-rules/${r.id}/generate`).catch(() => undefined)
  }
  const rule = (await rulesNow()).find((r) => !before.has(r.id) && r.currentPeriodId !== null)

  await app.page.goto(`/visit-coverage?areaId=${community.id}${rule ? `&ruleId=${rule.id}` : ''}`, {
    waitUntil: 'domcontentloaded',
  })
  await app.signIn(STREET_ADMIN)
  await app.byTestId('visit-coverage').waitFor()
  await expect(app.page.getByRole('heading', { level: 1 })).toHaveText('走访覆盖')
  await expect(app.byTestId('menu-visit-coverage')).toBeVisible()

  if (rule) {
    const { body: api } = await adminApi.call<{ reportLine: string; totals: Figures }>(
      'GET',
      `/api/visit-coverage?ruleId=${rule.id}&areaId=${community.id}`,
    )
    await expect(app.byTestId('coverage-report-line')).toHaveText(api.reportLine)
    for (const [figure, value] of Object.entries(api.totals)) {
      if (typeof value !== 'number') continue
      await expect(app.byTestId(`coverage-figure-${figure}`).getByTestId('figure-value')).toHaveText(
        value.toLocaleString('en-US'),
      )
    }
    // a figure opens its households; Back returns to the totals
    await app.byTestId('coverage-figure-notVisited').click()
    await expect(app.page).toHaveURL(/figure=NOT_VISITED/)
    await expect(app.byTestId('coverage-drill-title')).toContainText('未走访')
    await expect(app.byTestId('coverage-households').locator('tbody tr')).toHaveCount(
      Math.min(api.totals.notVisited, 20) || 0,
    )
    await app.page.goBack()
    await expect(app.page).not.toHaveURL(/figure=/)
    await expect(app.byTestId('coverage-drill-down')).toHaveCount(0)
  }

  // 一月一事: the tab is in the address too
  await app.byTestId('coverage-tabs').getByRole('tab', { name: '一月一事' }).click()
  await expect(app.page).toHaveURL(/tab=problems/)
  const { body: problems } = await adminApi.call<{ workers: number; workersMet: number; solved: number }>(
    'GET',
    `/api/visit-coverage/problems-solved?areaId=${community.id}`,
  )
  await expect(app.byTestId('problems-summary')).toHaveText(
    `网格员${problems.workers}名，达标${problems.workersMet}名，共办结${problems.solved}件`,
  )
  await app.screenshot('visit-coverage')
  await app.checkA11y(testInfo, 'visit-coverage')
})
