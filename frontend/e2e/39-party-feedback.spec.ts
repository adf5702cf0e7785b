// The year-end feedback to employers (反馈单): a party member of the run's community reports and is confirmed (the
// reports part's API), 2.5 hours are back-filled and confirmed in the hours ledger; the street-admin finds the
// member's form under 党建共建 → 反馈单 by employer (the address), sees the confirmed hours, rates the member 优秀 with a
// comment, and downloads the employer's workbook and the member's PDF, which say the same.
import { readFileSync } from 'node:fs'
import { beijingToday, expect, newRun, STREET_ADMIN, test, type World } from './fixtures'
import { pdfPages, squeezed } from './support/pdf'
import { idCardFromKey } from './support/xlsx'

test.describe.configure({ mode: 'serial' })

const run = newRun()
const memberName = '林反馈'
const employer = `城关供电公司${run.stamp}`
let world: World
let reportId: number

test('a member reports and is confirmed; hours are back-filled and confirmed', async ({ adminApi }) => {
  world = await adminApi.world(run)
  const year = Number(beijingToday().slice(0, 4))
  const volunteer = await adminApi.call<{ volunteer?: { id: number }; id?: number }>('POST', '/api/volunteers', {
    communityId: world.community.id,
    name: memberName,
    idCard: idCardFromKey(Number.parseInt(run.stamp.slice(-6), 36) + 39),
  })
  const volunteerId = volunteer.body.volunteer?.id ?? volunteer.body.id!
  const report = await adminApi.call<{ id: number; status: string }>('POST', '/api/party-reports', {
    communityId: world.community.id,
    year,
    volunteerId,
    employer,
    employerPartyOrg: `${employer}党委`,
    employerType: 'STATE_ENTERPRISE',
  })
  reportId = report.body.id
  const confirmed = await adminApi.call<{ status: string }>('POST', `/api/party-reports/${reportId}/confirm`)
  expect(confirmed.body.status).toBe('ACTIVE')
  const entry = await adminApi.call<{ id: number }>('POST', `/api/volunteers/${volunteerId}/hours`, {
    serviceDate: beijingToday(),
    minutes: 150,
    description: '楼栋守护',
  })
  await adminApi.call('POST', '/api/volunteer-hours/decisions', { entryIds: [entry.body.id], decision: 'CONFIRM' })
})

test('the street-admin rates the member; the table shows their confirmed hours', async ({ app }, testInfo) => {
  const { page } = app
  await page.goto('/', { waitUntil: 'domcontentloaded' })
  await app.signIn(STREET_ADMIN)
  await app.waitForApp()
  await app.byTestId('menu-party-feedback').click()
  await page.waitForURL(/\/party-feedback/)
  // the shared database holds other runs' forms: this employer's, from the address
  await page.goto(`/party-feedback?employer=${encodeURIComponent(employer)}`)
  await expect(app.byTestId(`party-feedback-row-${reportId}`)).toHaveText(memberName)
  await expect(app.byTestId(`party-feedback-hours-${reportId}`)).toHaveText('2.50')
  await expect(app.byTestId(`party-feedback-rating-${reportId}`)).toHaveText('未评定')
  await app.settled()
  await app.screenshot('party-feedback')
  await app.checkA11y(testInfo, 'party feedback')

  await app.byTestId(`party-feedback-rate-${reportId}`).click()
  await expect(app.byTestId('party-feedback-rate-figures')).toContainText('2.50')
  await app.byTestId('party-feedback-rating-EXCELLENT').click()
  await page
    .locator('[data-testid="party-feedback-comment"] textarea, textarea[data-testid="party-feedback-comment"]')
    .first()
    .fill('积极参加楼栋守护，群众评价好。')
  await app.checkA11y(testInfo, 'party feedback rating dialog')
  await app.byTestId('party-feedback-rate-save').click()
  await expect(app.byTestId(`party-feedback-rating-${reportId}`)).toHaveText('优秀')
})

test('the employer’s workbook and the member’s PDF', async ({ app }) => {
  const { page } = app
  const [xlsx] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    app.byTestId('party-feedback-export').click(),
  ])
  expect(xlsx.suggestedFilename()).toBe(`在职党员反馈单-${employer}-${beijingToday().slice(0, 4)}.xlsx`)
  expect(
    readFileSync((await xlsx.path())!)
      .subarray(0, 2)
      .toString('latin1'),
    'an xlsx is a zip',
  ).toBe('PK')

  const [pdf] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    app.byTestId(`party-feedback-pdf-${reportId}`).click(),
  ])
  expect(pdf.suggestedFilename()).toMatch(/\.pdf$/)
  const text = (await pdfPages(readFileSync((await pdf.path())!))).join('')
  expect(text).toContain(squeezed(memberName))
  expect(text).toContain(squeezed('2.5 小时'))
  expect(text).toContain(squeezed('优秀'))
  expect(text).toContain(squeezed('积极参加楼栋守护，群众评价好。'))
})
