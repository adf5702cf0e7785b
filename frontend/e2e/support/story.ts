// One spec file's story: a browser page that lives through the file's tests (they run in order and build on each
// other, like a person working through the screens), with the helpers every feature uses.
import { mkdirSync } from 'node:fs'
import {
  test,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Locator,
  type Page,
  type Request,
  type TestInfo,
} from '@playwright/test'
import { expectNoSeriousViolations } from './axe'
import { BASE_URL, SCREENSHOTS } from './env'
import { onKeycloak, signInOnKeycloak, type Account } from './keycloak'

export class Story {
  /** Uncaught errors of the page (`pageerror`), checked after every test. */
  readonly errors: string[] = []
  private shots = 0
  /** API calls sent and not yet answered. */
  private pending = 0

  constructor(
    readonly page: Page,
    private readonly shotPrefix: string,
  ) {
    page.setDefaultTimeout(20_000)
    page.on('pageerror', (e) => this.errors.push(e.message))
    const api = (r: Request) => r.url().startsWith(`${BASE_URL}/api/`)
    page.on('request', (r) => void (api(r) && this.pending++))
    page.on('requestfinished', (r) => void (api(r) && this.pending--))
    page.on('requestfailed', (r) => void (api(r) && this.pending--))
  }

  byTestId(id: string): Locator {
    return this.page.locator(`[data-testid="${id}"]`)
  }

  /**
   * Waits (at most 20 s) until the page's API calls are answered, no Element Plus loading mask is shown and no
   * transition runs (a dialog or message fading in or out; spinners that turn forever do not count), for a moment (a
   * list loads after its page), so that a screenshot or the axe check sees the page at rest.
   */
  async settled(): Promise<void> {
    const still = () =>
      this.page.evaluate(
        () =>
          [...document.querySelectorAll('.el-loading-mask')].every((m) => getComputedStyle(m).display === 'none') &&
          document
            .getAnimations()
            .every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().endTime === Infinity),
      )
    const deadline = Date.now() + 20_000
    let quietSince = 0
    while (Date.now() < deadline) {
      const quiet = this.pending === 0 && (await still().catch(() => true))
      if (!quiet) quietSince = 0
      else if (!quietSince) quietSince = Date.now()
      else if (Date.now() - quietSince >= 200) return
      await this.page.waitForTimeout(50)
    }
  }

  /** Keeps the page as it is now in .run/e2e/screenshots/<project>/<feature>-NN-<name>.png (numbered in story order). */
  async screenshot(name: string): Promise<void> {
    await this.settled()
    this.shots += 1
    const file = `${this.shotPrefix}-${String(this.shots).padStart(2, '0')}-${name}.png`
    await this.page
      .screenshot({ path: file, fullPage: true })
      .catch((e: Error) => console.error(`  (screenshot ${name} failed: ${e.message})`))
  }

  /** No serious or critical accessibility violation on the page as it is now (axe-core). */
  async checkA11y(testInfo: TestInfo, name: string): Promise<void> {
    await test.step(`axe: ${name}`, async () => {
      await this.settled()
      await expectNoSeriousViolations(this.page, testInfo, name)
    })
  }

  async onKeycloak(): Promise<void> {
    await onKeycloak(this.page)
  }

  /** Signs `account` in on the Keycloak page the app has sent the browser to. */
  async signIn(account: Account): Promise<void> {
    await test.step(`sign in as ${account.username} on Keycloak`, () =>
      signInOnKeycloak(this.page, account, (name) => this.screenshot(name)))
  }

  /** The office screens are up: the side menu is shown. */
  async waitForApp(): Promise<void> {
    await this.page.waitForURL((url) => url.href.startsWith(BASE_URL), { timeout: 60_000 })
    await this.byTestId('side-menu').waitFor({ timeout: 60_000 })
  }

  /** Signs the current user out through the office's user menu and waits for the Keycloak login page. */
  async logout(): Promise<void> {
    await this.byTestId('user-menu').click()
    await this.byTestId('logout').click()
    await this.page.locator('.el-message-box .el-button--primary').click()
    await this.onKeycloak()
  }

  async switchLocale(locale: 'zh-CN' | 'en-US'): Promise<void> {
    await this.byTestId('locale-switch').click()
    await this.byTestId(`locale-${locale}`).click()
    await this.page.waitForFunction((l) => document.documentElement.lang === l, locale)
  }

  /** Picks `areaId` in the area-scope picker of `form` (staff, API client) and closes it with a click on the dialog's title. */
  async pickScope(form: Locator, areaId: number, dialogTitle: string): Promise<void> {
    await form
      .locator('.el-form-item', { has: this.byTestId('staff-areas') })
      .locator('.el-select__wrapper')
      .click()
    await this.byTestId(`scope-option-${areaId}`).click()
    await this.page.locator('.el-dialog__title', { hasText: dialogTitle }).click()
    await this.page.locator('.el-popper.scope-picker-popper').waitFor({ state: 'hidden' })
  }

  /** Opens an Element Plus select (by its data-testid) and picks the visible option with `text`. */
  async choose(testid: string, text: string): Promise<void> {
    await this.byTestId(testid).first().click()
    const option = this.page
      .locator('.el-select-dropdown__item:visible, .el-tree-node__content:visible', { hasText: text })
      .first()
    await option.waitFor()
    await option.click()
  }
}

/**
 * The stories of one worker: a spec file gets a fresh browser context (no Keycloak session, no stored locale) at its
 * first test, kept for its following tests; the previous file's is closed.
 */
export class Stories {
  private current?: { file: string; context: BrowserContext; story: Story }

  constructor(private readonly browser: Browser) {}

  async forTest(testInfo: TestInfo, options: BrowserContextOptions): Promise<Story> {
    if (this.current?.file !== testInfo.file) {
      await this.close()
      const context = await this.browser.newContext(options)
      const page = await context.newPage()
      const feature = testInfo.file
        .replace(/^.*[\\/]/, '')
        .replace(/\.spec\.ts$/, '')
        .replace(/^\d+-/, '')
      const dir = `${SCREENSHOTS}/${testInfo.project.name}`
      mkdirSync(dir, { recursive: true })
      this.current = { file: testInfo.file, context, story: new Story(page, `${dir}/${feature}`) }
    }
    return this.current.story
  }

  async close(): Promise<void> {
    await this.current?.context.close()
    this.current = undefined
  }
}
