// The phone's lookup (/m/registry; project `phone`): a grid worker finds a household of their grid by its address
// and a resident by name, opens them, reveals a phone number with a reason and gets a tel: link to call it; the
// reveals are in the audit log. A household of another grid of the same community is not found. The households and
// residents are made through the API as the street-admin.
import { expect, newRun, test, type World } from './fixtures'
import type { Story } from './support/story'
import { idCard } from './support/xlsx'

test.describe.configure({ mode: 'serial' })

const run = newRun()
let world: World

const seq = Date.now() % 1000
const birthYear = 1950 + (Date.now() % 40)
const head = { name: run.head, idCard: idCard('110106', `${birthYear}0415`, seq - (seq % 2) + 1) }
const householdPhone = `137${String(Date.now()).slice(-8)}`
const headPhone = `136${String(Date.now()).slice(-8)}`
const otherAddress = `E2E外网格${run.stamp}号`
let householdId = 0

interface Created {
  id: number
}

/** The lookup's search box: types `text` and waits for the lists to answer. */
async function search(app: Story, text: string): Promise<void> {
  const box = app.page.locator('[data-testid="lookup-search"] input')
  await box.fill(text)
  await box.press('Enter')
  await app.settled()
}

/** Reveals the phone in the row `testid` with a preset reason and answers the link it offers. */
async function revealAndCall(
  app: Story,
  testid: string,
  expected: string,
  testInfo: Parameters<Story['checkA11y']>[0],
) {
  const row = app.byTestId(testid)
  await row.locator('[data-testid="reveal-button"]').tap()
  const form = app.byTestId('reveal-form')
  await form.waitFor()
  await app.checkA11y(testInfo, `phone reveal dialog (${testid})`)
  await app.byTestId('reveal-preset-visit').tap()
  await expect(app.page.locator('[data-testid="reveal-reason"] textarea')).toHaveValue('入户走访前联系')
  await app.page.locator('.van-dialog__confirm').tap()
  await form.waitFor({ state: 'hidden' })
  await expect(row.locator('[data-testid="revealed-value"]')).toHaveText(expected)
  const call = row.locator('[data-testid="call-link"]')
  await expect(call).toHaveAttribute('href', `tel:${expected}`)
  await app.screenshot(`${testid}-revealed`)
  await app.checkA11y(testInfo, `phone number revealed (${testid})`)
}

test.beforeAll(async ({ adminApi }) => {
  world = await adminApi.world(run)
  const { body: household } = await adminApi.call<{ household: Created }>('POST', '/api/households', {
    gridId: world.grid.id,
    address: run.address,
    housingType: 'OWNED',
    phone: householdPhone,
    tags: ['MINIMUM_LIVING'],
  })
  householdId = household.household.id
  await adminApi.call('POST', '/api/residents', {
    householdId,
    name: head.name,
    idCard: head.idCard,
    phone: headPhone,
    ethnicity: '01',
    relation: 'HEAD',
    registrationType: 'LOCAL',
    tags: ['ELDERLY'],
  })
  // a household of another grid of the same community, which the grid worker may not see
  const otherGrid = await adminApi.area('GRID', world.community.id, `${run.grid}B`, `G-${run.stamp}-B`)
  await adminApi.call('POST', '/api/households', { gridId: otherGrid.id, address: otherAddress, housingType: 'OWNED' })
})

test('the grid worker opens the lookup from the phone home', async ({ app }, testInfo) => {
  await app.page.goto('/m', { waitUntil: 'domcontentloaded' })
  await app.signIn(world.worker)
  await app.page.waitForURL(/\/m$/)
  await app.byTestId('mobile-lookup-entry').tap()
  await app.page.waitForURL(/\/m\/registry$/)
  await expect(app.page.locator('h1')).toHaveText('查户查人')
  await app.byTestId('lookup-hint').waitFor()
  await app.screenshot('lookup-empty')
  await app.checkA11y(testInfo, 'phone lookup')
})

test('finds the household by its address, opens it and reveals its phone to call it', async ({ app }, testInfo) => {
  await search(app, run.address)
  const found = app.byTestId('lookup-household')
  await expect(found).toHaveCount(1)
  await expect(found).toContainText(run.address)
  await expect(found).toContainText(head.name)
  await app.screenshot('lookup-households')
  await app.checkA11y(testInfo, 'phone lookup results')

  await found.tap()
  await app.page.waitForURL(new RegExp(`/m/registry/households/${householdId}$`))
  await expect(app.byTestId('record-heading')).toHaveText(run.address)
  await expect(app.byTestId('record-tags')).toContainText('低保户')
  const member = app.byTestId('household-member')
  await expect(member).toHaveCount(1)
  await expect(member).toContainText(head.name)
  await expect(member, 'the ID number masked').toContainText(
    `${head.idCard.slice(0, 6)}********${head.idCard.slice(-4)}`,
  )
  await expect(member).toContainText('老年人')
  await expect(app.page.locator('[data-testid="household-phone"] [data-testid="masked-value"]')).toHaveText(
    `${householdPhone.slice(0, 3)}****${householdPhone.slice(-4)}`,
  )
  await app.screenshot('household')
  await app.checkA11y(testInfo, 'phone household')
  await revealAndCall(app, 'household-phone', householdPhone, testInfo)
})

test('back in the lookup, finds the resident by name and reveals their phone to call it', async ({ app }, testInfo) => {
  await app.page.goBack()
  await app.page.waitForURL(/\/m\/registry\?/)
  await expect(app.page.locator('[data-testid="lookup-search"] input'), 'the search is kept').toHaveValue(run.address)
  await search(app, head.name)
  await app.page.locator('.van-tab', { hasText: '居民' }).tap()
  const found = app.page.locator('[data-testid="lookup-resident"]', { hasText: head.name })
  await expect(found).toHaveCount(1)
  await found.tap()
  await app.page.waitForURL(/\/m\/registry\/residents\/\d+$/)
  await expect(app.byTestId('record-heading')).toHaveText(head.name)
  await app.checkA11y(testInfo, 'phone resident')
  await revealAndCall(app, 'resident-phone', headPhone, testInfo)
})

test('the reveals are in the audit log, with the reason', async ({ adminApi }) => {
  const { body } = await adminApi.call<{ items: { actorUsername: string; reason: string; subjectLabel: string }[] }>(
    'GET',
    `/api/audit?action=REVEAL_PHONE&actor=${world.worker.username}&size=10`,
  )
  expect(body.items.map((e) => e.reason)).toEqual(['入户走访前联系', '入户走访前联系'])
  expect(body.items.map((e) => e.actorUsername)).toEqual([world.worker.username, world.worker.username])
})

test('a household of another grid is not found, though it exists', async ({ app, adminApi }) => {
  const { body } = await adminApi.call<{ total: number }>(
    'GET',
    `/api/households?q=${encodeURIComponent(otherAddress)}`,
  )
  expect(body.total, 'the street-admin finds it').toBe(1)
  await app.page.goto('/m/registry', { waitUntil: 'domcontentloaded' })
  await search(app, otherAddress)
  await expect(app.byTestId('lookup-households-empty')).toBeVisible()
  await expect(app.byTestId('lookup-household')).toHaveCount(0)
  await app.screenshot('lookup-other-grid')
})
