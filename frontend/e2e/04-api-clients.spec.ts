// API clients: the street-admin registers a third-party system for a grid (made through the API); the client's
// client-credentials token from Keycloak reads that grid and nothing it may not.
import { expect, newRun, STREET_ADMIN, test, type World } from './fixtures'
import { BASE_URL, KEYCLOAK_URL } from './support/env'

test.describe.configure({ mode: 'serial' })

const run = newRun()
let world: World

test.beforeAll(async ({ adminApi }) => {
  world = await adminApi.world(run)
})

test('the street-admin registers an API client, whose client-credentials token reads its scope', async ({
  app,
}, testInfo) => {
  const { page } = app
  await page.goto('/', { waitUntil: 'domcontentloaded' })
  await app.signIn(STREET_ADMIN)
  await app.waitForApp()
  await app.byTestId('menu-api-clients').click()
  await page.waitForURL(/\/api-clients/)
  await app.byTestId('api-client-table').waitFor()
  await app.byTestId('api-client-create').click()
  const form = app.byTestId('api-client-form')
  await form.waitFor()
  await form.locator('input[data-testid="api-client-name"]').fill(`E2E 热线 ${run.stamp}`)
  await form.locator('input[data-testid="api-client-contact-name"]').fill('联调人员')
  await form.locator('input[data-testid="api-client-contact-email"]').fill(`hotline-${run.stamp}@example.invalid`)
  await form.locator('[data-testid="api-client-role"]').click()
  await app.byTestId('api-client-role-viewer').click()
  await app.pickScope(form, world.grid.id, '登记第三方系统')
  await app.screenshot('api-client-create-dialog')
  await app.byTestId('api-client-submit').click()
  await app.byTestId('client-secret-dialog').waitFor()
  const clientId = (await app.byTestId('client-id').textContent())?.trim() ?? ''
  const secret = (await app.byTestId('client-secret').textContent())?.trim() ?? ''
  expect(
    clientId.startsWith('gridwork-api-') && secret.length >= 16,
    'the client id and its secret are shown once',
  ).toBe(true)
  await app.screenshot('api-client-secret')
  await app.byTestId('client-secret-close').click()
  await app.byTestId('client-secret-dialog').waitFor({ state: 'hidden' })
  const row = page.locator('[data-testid="api-client-table"] tr', { hasText: clientId })
  await row.waitFor()
  await expect(row, "the list names the client's role").toContainText('只读查看')
  await app.checkA11y(testInfo, 'api clients')

  // What the README's curl example does, from outside the browser.
  const tokenAnswer = await fetch(`${KEYCLOAK_URL}/realms/gridwork/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { Authorization: `Basic ${Buffer.from(`${clientId}:${secret}`).toString('base64')}` },
    body: new URLSearchParams({ grant_type: 'client_credentials' }),
  })
  expect(tokenAnswer.status, 'Keycloak issues a client-credentials token').toBe(200)
  const { access_token: token } = (await tokenAnswer.json()) as { access_token: string }
  const bearer = { Authorization: `Bearer ${token}` }
  const me = await fetch(`${BASE_URL}/api/me`, { headers: bearer })
  expect(me.status, 'the API accepts the token').toBe(200)
  const body = (await me.json()) as { roles?: string[] }
  expect(body.roles, 'the client acts as a viewer').toContain('viewer')
  const households = await fetch(`${BASE_URL}/api/households?areaId=${world.grid.id}`, { headers: bearer })
  expect(households.status, "the client reads its grid's households").toBe(200)
  const staff = await fetch(`${BASE_URL}/api/staff`, { headers: bearer })
  expect(staff.status, 'the client may not list staff').toBe(403)
})
