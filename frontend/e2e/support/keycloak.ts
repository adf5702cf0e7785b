// Signing in on the real Keycloak login page, the way a person does: username and password, then whatever Keycloak
// asks before it lets the user in (a new password for a new account, a missing profile field).
import type { Page } from '@playwright/test'
import { BASE_URL, KEYCLOAK_URL } from './env'

export interface Account {
  username: string
  /** The password to sign in with (for a new account: the one it gets when Keycloak asks to replace the temporary one) */
  password: string
  /** A new account's one-time password: Keycloak must ask to replace it at the first sign-in, which clears it here */
  temporaryPassword?: string
}

/** The first street-admin, created by the backend at its start (GRIDWORK_ADMIN_USERNAME in stack.sh). */
export const STREET_ADMIN: Account = {
  username: process.env.E2E_ADMIN_USERNAME || 'e2eadmin',
  password: process.env.E2E_ADMIN_PASSWORD || 'E2e-admin-pass1',
}

/** Waits for the Keycloak login form (the app sends every anonymous visitor there). */
export async function onKeycloak(page: Page): Promise<void> {
  await page.waitForURL((url) => url.href.startsWith(KEYCLOAK_URL), { timeout: 60_000 })
  await page.locator('#username').waitFor({ timeout: 60_000 })
}

/**
 * Fills the Keycloak login form on `page` and answers the pages Keycloak shows before it sends the user back to the
 * app. `screenshot` keeps those pages for people to look at.
 */
export async function signInOnKeycloak(
  page: Page,
  account: Account,
  screenshot?: (name: string) => Promise<void>,
): Promise<void> {
  await onKeycloak(page)
  const temporary = account.temporaryPassword
  await page.fill('#username', account.username)
  await page.fill('#password', temporary ?? account.password)
  await Promise.all([page.waitForLoadState(), page.locator('#kc-login').click()])
  let askedForPassword = false
  for (let i = 0; i < 5; i++) {
    await page.waitForURL(
      (url) =>
        url.href.startsWith(BASE_URL) ||
        url.href.includes('login-actions') ||
        url.href.includes('/protocol/openid-connect/auth'),
      { timeout: 60_000 },
    )
    if (page.url().startsWith(BASE_URL)) {
      if (temporary && !askedForPassword)
        throw new Error(`Keycloak let ${account.username} in without replacing the temporary password`)
      account.temporaryPassword = undefined
      return
    }
    await page.waitForLoadState('domcontentloaded')
    if (await page.locator('#password-new').count()) {
      if (!temporary) throw new Error(`Keycloak asks ${account.username} for a new password, but none was expected`)
      askedForPassword = true
      await screenshot?.('keycloak-update-password')
      await page.fill('#password-new', account.password)
      await page.fill('#password-confirm', account.password)
    } else if (await page.locator('#firstName, #email').count()) {
      await screenshot?.('keycloak-update-profile')
      for (const [field, value] of [
        ['#email', `${account.username}@example.invalid`],
        ['#firstName', account.username],
        ['#lastName', 'E2E'],
      ] as const) {
        const input = page.locator(field)
        if ((await input.count()) && !(await input.inputValue())) await input.fill(value)
      }
    } else {
      const error = await page
        .locator('#input-error, .alert-error, .pf-m-danger, .kc-feedback-text')
        .first()
        .textContent({ timeout: 1_000 })
        .catch(() => null)
      throw new Error(`unexpected Keycloak page ${page.url()}: ${error ?? '(no message)'}`)
    }
    await Promise.all([page.waitForLoadState(), page.locator('[type=submit]').first().click()])
  }
  throw new Error('still on Keycloak after answering five pages')
}
