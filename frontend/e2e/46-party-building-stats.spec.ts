// 党建统计: a fresh sub-district has no party members and no co-building yet: every figure is zero and both report
// lines say so, on the office page with its period and area in the address, with the workbook of the same numbers.
import { expect, newRun, STREET_ADMIN, test } from './fixtures'

test.describe.configure({ mode: 'serial' })

const run = newRun()

test('the party-building statistics of a fresh sub-district are zeros with both report lines', async ({
  app,
  adminApi,
}, testInfo) => {
  const subDistrict = await adminApi.area('SUB_DISTRICT', undefined, run.subDistrict, `PB-${run.stamp}`)
  await adminApi.area('COMMUNITY', subDistrict.id, run.community, `PBC-${run.stamp}`)
  const { body: api } = await adminApi.call<{ memberReportLine: string; coBuildReportLine: string }>(
    'GET',
    `/api/party-building/stats?from=2026-01-01&to=2026-06-30&areaId=${subDistrict.id}`,
  )
  expect(api.memberReportLine).toBe('在职党员报到0名，认领岗位0个，点亮微心愿0个')
  expect(api.coBuildReportLine).toBe('0家共建单位与0个社区结对，签订共建项目0项，完成0项')

  await app.page.goto(`/party-building/stats?period=2026-01-01~2026-06-30&areaId=${subDistrict.id}`, {
    waitUntil: 'domcontentloaded',
  })
  await app.signIn(STREET_ADMIN)
  await app.byTestId('party-building-stats').waitFor()
  await expect(app.byTestId('party-building-member-line')).toHaveText(api.memberReportLine)
  await expect(app.byTestId('party-building-cobuild-line')).toHaveText(api.coBuildReportLine)
  for (const figure of ['membersReported', 'claimsMade', 'wishesRealised', 'unitsPaired', 'projectsSigned', 'posts']) {
    await expect(app.byTestId(`party-figure-${figure}`).getByTestId('figure-value')).toHaveText('0')
  }
  await expect(app.byTestId('party-figure-membersReported')).toContainText('报到党员')
  await expect(app.byTestId('party-building-unit-ratios')).toContainText('暂无数据')
  await expect(app.page.getByRole('heading', { level: 1 })).toHaveText('党建统计')
  await expect(app.byTestId('menu-party-building-stats')).toBeVisible()

  // the workbook: the same period and area, named for them
  const [download] = await Promise.all([
    app.page.waitForEvent('download'),
    app.byTestId('party-building-stats-export').click(),
  ])
  expect(download.suggestedFilename()).toBe('党建统计2026-01-01_2026-06-30.xlsx')
  await app.screenshot('party-building-stats-zero')
  await app.checkA11y(testInfo, 'party-building-stats')
})
