// Service certificates and the export for the national volunteer system (志愿服务证明与时长导出): a volunteer is
// registered through the API; the street-admin exports a period without confirmed hours from the 志愿时长导出 page
// (a workbook with the header only), and the volunteer's certificate, with no hours yet, is still a PDF that names
// them. (The hours ledger's own API is another part's: the backend tests cover certificates with hours.)
import { readFileSync, writeFileSync } from 'node:fs'
import { beijingToday, expect, newRun, STREET_ADMIN, test, type World } from './fixtures'
import { SCREENSHOTS } from './support/env'
import { pdfPages, squeezed } from './support/pdf'
import { idCardFromKey } from './support/xlsx'

test.describe.configure({ mode: 'serial' })

const run = newRun()
const volunteerName = '欧阳证明'
let world: World
let volunteerId: number

/** A valid resident ID number (GB 11643 check digit) unique to this run. */
function idCard(): string {
  const n = Number.parseInt(run.stamp.slice(-6), 36) + 7
  return idCardFromKey(n)
}

test('a volunteer is registered in the run’s community; the street-admin signs in', async ({ app, adminApi }) => {
  world = await adminApi.world(run)
  const { body } = await adminApi.call<{ volunteer?: { id: number }; id?: number }>('POST', '/api/volunteers', {
    communityId: world.community.id,
    name: volunteerName,
    idCard: idCard(),
  })
  volunteerId = body.volunteer?.id ?? body.id!
  expect(volunteerId).toBeGreaterThan(0)
  await app.page.goto('/', { waitUntil: 'domcontentloaded' })
  await app.signIn(STREET_ADMIN)
  await app.waitForApp()
  await app.byTestId('menu-hours-export').waitFor()
})

test('an export of a period without confirmed hours is a workbook with its header', async ({ app }, testInfo) => {
  const { page } = app
  await app.byTestId('menu-hours-export').click()
  await page.waitForURL(/\/volunteers\/hours-export/)
  // a period long past, in the address (other specs may have confirmed hours since)
  await page.goto(`/volunteers/hours-export?period=2001-01-01~2001-01-31&areaId=${world.community.id}`)
  await app.byTestId('hours-export').waitFor()
  await app.settled()
  await app.screenshot('hours-export')
  await app.checkA11y(testInfo, 'hours export')
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    app.byTestId('hours-export-submit').click(),
  ])
  expect(download.suggestedFilename()).toBe('志愿服务时长-2001-01-01_2001-01-31.xlsx')
  const bytes = readFileSync((await download.path())!)
  expect(bytes.subarray(0, 2).toString('latin1'), 'an xlsx is a zip').toBe('PK')
})

test('the certificate of a volunteer without hours is a PDF that names them', async ({ adminApi }) => {
  const today = beijingToday()
  const { body, headers } = await adminApi.download(
    `/api/volunteers/${volunteerId}/certificate.pdf?from=${today.slice(0, 4)}-01-01&to=${today}`,
  )
  expect(headers['content-type']).toBe('application/pdf')
  expect(headers['content-disposition']).toContain("filename*=UTF-8''")
  const number = headers['x-certificate-number']!
  expect(number).toMatch(new RegExp(`-${today.slice(0, 4)}-\\d{6}$`))
  writeFileSync(`${SCREENSHOTS}/desktop/certificate.pdf`, body)
  const pages = await pdfPages(body)
  const text = pages.join('')
  expect(text).toContain(squeezed('志愿服务证明'))
  expect(text).toContain(squeezed(volunteerName))
  expect(text).toContain(squeezed('本期间内无经确认的志愿服务记录'))
  expect(text).toContain(squeezed(number))
  // a reprint of the same period keeps its number
  const again = await adminApi.download(
    `/api/volunteers/${volunteerId}/certificate.pdf?from=${today.slice(0, 4)}-01-01&to=${today}`,
  )
  expect(again.headers['x-certificate-number']).toBe(number)
})
