// The fixtures of the end-to-end specs.
//
// - `app`: the spec file's story page (a fresh browser context per file, kept through its tests, which run in order:
//   every spec file says `test.describe.configure({ mode: 'serial' })`), with `app.signIn(account)` on the real
//   Keycloak login page (a new account replaces its temporary password there), screenshots and the axe check.
// - `adminApi`: setup through the real API as the street-admin (signed in on Keycloak in a page of its own).
// - every test fails on an uncaught error in either page.
import { test as base, expect } from '@playwright/test'
import { AdminApi } from './support/admin-api'
import { BASE_URL } from './support/env'
import { Stories, type Story } from './support/story'

export { expect }
export { STREET_ADMIN, type Account } from './support/keycloak'
export { beijingToday, newRun, type Run } from './support/run'
export type { World } from './support/admin-api'

interface TestFixtures {
  app: Story
  noUncaughtErrors: void
}

interface WorkerFixtures {
  stories: Stories
  adminApi: AdminApi
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  stories: [
    async ({ browser }, use) => {
      const stories = new Stories(browser)
      await use(stories)
      await stories.close()
    },
    { scope: 'worker' },
  ],

  adminApi: [
    async ({ browser, playwright }, use) => {
      const request = await playwright.request.newContext({ baseURL: BASE_URL })
      const api = new AdminApi(browser, request)
      await use(api)
      await api.close()
      await request.dispose()
    },
    { scope: 'worker' },
  ],

  app: async ({ stories, baseURL, locale, viewport, deviceScaleFactor, hasTouch, isMobile }, use, testInfo) => {
    await use(await stories.forTest(testInfo, { baseURL, locale, viewport, deviceScaleFactor, hasTouch, isMobile }))
  },

  noUncaughtErrors: [
    async ({ app, adminApi }, use) => {
      const seen = { app: app.errors.length, admin: adminApi.errors.length }
      await use()
      expect(app.errors.slice(seen.app), 'uncaught errors in the page').toEqual([])
      expect(adminApi.errors.slice(seen.admin), "uncaught errors in the admin's page").toEqual([])
    },
    { auto: true },
  ],
})
