// The phone app installs and opens in a basement (project `phone`): the web app manifest names the app, its start page
// and icons that load; the service worker takes the page; with the network gone a reload opens the app in offline
// mode as the worker last signed in on this phone (no trip to Keycloak); with the network back a reload signs in again.
import { expect, newRun, test, type World } from './fixtures'
import { BASE_URL } from './support/env'

test.describe.configure({ mode: 'serial' })

const run = newRun()
let world: World

test.beforeAll(async ({ adminApi }) => {
  world = await adminApi.world(run)
})

test('the manifest names the app, opens /m and has icons that load', async ({ app }) => {
  await app.page.goto('/m', { waitUntil: 'domcontentloaded' })
  await app.signIn(world.worker)
  await app.page.waitForURL(/\/m$/)
  await app.byTestId('mobile-home').waitFor()

  const href = await app.page.locator('link[rel="manifest"]').getAttribute('href')
  expect(href).toBeTruthy()
  const response = await app.page.request.get(new URL(href!, BASE_URL).href)
  expect(response.ok()).toBe(true)
  const manifest = (await response.json()) as {
    icons: { src: string; sizes: string; type: string; purpose?: string }[]
  }
  expect(manifest).toMatchObject({
    name: '网格通 · Gridwork',
    short_name: '网格通',
    start_url: '/m',
    scope: '/',
    display: 'standalone',
    lang: 'zh-CN',
  })
  for (const [size, purpose] of [
    ['192x192', 'any'],
    ['512x512', 'any'],
    ['512x512', 'maskable'],
  ])
    expect(manifest.icons.some((i) => i.sizes === size && (i.purpose ?? 'any') === purpose)).toBe(true)
  for (const icon of manifest.icons) {
    const image = await app.page.request.get(new URL(icon.src, BASE_URL).href)
    expect(image.ok(), icon.src).toBe(true)
    const png = await image.body()
    // a PNG of the size the manifest says (IHDR width and height)
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG')
    expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`).toBe(icon.sizes)
  }
})

test('the service worker registers and takes the page', async ({ app }) => {
  const scope = await app.page.evaluate(async () => (await navigator.serviceWorker.ready).scope)
  expect(scope).toBe(`${BASE_URL}/`)
  // the first version takes the page it was installed from (clientsClaim), so a basement needs no second visit
  await expect.poll(() => app.page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true)
})

test('offline, a reload opens the app in offline mode as the worker, without Keycloak', async ({ app }, testInfo) => {
  await app.page.context().setOffline(true)
  await app.page.reload({ waitUntil: 'domcontentloaded' })
  await expect(app.byTestId('phone-offline-mode')).toContainText('离线模式')
  await expect(app.byTestId('mobile-menu')).toHaveText(world.worker.displayName)
  expect(app.page.url()).toBe(`${BASE_URL}/m`)
  await app.screenshot('offline-mode')
  await app.checkA11y(testInfo, 'phone home in offline mode')
})

test('back online, the app reloads by itself and signs the worker in again', async ({ app }) => {
  const me = app.page.waitForResponse((r) => r.url() === `${BASE_URL}/api/me` && r.status() === 200)
  // no tap: the phone home holds nothing typed, so it reloads as soon as the network is back
  await app.page.context().setOffline(false)
  // Keycloak's session lets the worker straight back in
  await me
  await app.page.waitForURL(/\/m$/)
  await expect(app.byTestId('mobile-menu')).toHaveText(world.worker.displayName)
  await expect(app.byTestId('phone-offline-mode')).toHaveCount(0)
})
