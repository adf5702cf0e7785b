// 志愿服务统计: a fresh sub-district has nothing yet: every figure is zero and the report line says so, in the
// office's print-ready page with its period and area in the address.
import { expect, newRun, STREET_ADMIN, test } from './fixtures'

test.describe.configure({ mode: 'serial' })

const run = newRun()

test('the volunteer statistics of a fresh sub-district are zeros with a report line', async ({
  app,
  adminApi,
}, testInfo) => {
  const subDistrict = await adminApi.area('SUB_DISTRICT', undefined, run.subDistrict, `VS-${run.stamp}`)
  await adminApi.area('COMMUNITY', subDistrict.id, run.community, `VSC-${run.stamp}`)
  const { body: api } = await adminApi.call<{ reportLine: string; totals: Record<string, number> }>(
    'GET',
    `/api/volunteer-stats?from=2026-01-01&to=2026-06-30&areaId=${subDistrict.id}`,
  )
  expect(api.reportLine).toBe('志愿服务队0支，注册志愿者0名，开展志愿服务0次，服务时长0.0小时')

  await app.page.goto(`/volunteers/stats?period=2026-01-01~2026-06-30&areaId=${subDistrict.id}`, {
    waitUntil: 'domcontentloaded',
  })
  await app.signIn(STREET_ADMIN)
  await app.byTestId('volunteer-stats').waitFor()
  await expect(app.byTestId('volunteer-stats-report-line')).toHaveText(api.reportLine)
  for (const figure of ['teams', 'registeredVolunteers', 'activities', 'activeVolunteers', 'services']) {
    await expect(app.byTestId(`volunteer-figure-${figure}`).getByTestId('figure-value')).toHaveText('0')
  }
  await expect(app.byTestId('volunteer-figure-hours').getByTestId('figure-value')).toHaveText('0.0')
  await expect(app.byTestId('volunteer-ranking')).toContainText('暂无数据')
  await expect(app.page.getByRole('heading', { level: 1 })).toHaveText('志愿服务统计')
  await expect(app.byTestId('menu-volunteer-stats')).toBeVisible()
  await app.screenshot('volunteer-stats-zero')
  await app.checkA11y(testInfo, 'volunteer-stats')
})
