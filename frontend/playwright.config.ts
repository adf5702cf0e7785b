// End-to-end tests (Playwright Test) against a running stack: SPA, backend and the real Keycloak login page.
// `backend/dev/stack.sh e2e` (or `make test`) starts that stack and runs `npm run e2e`; see the README.
//
// Env: E2E_BASE_URL (SPA, default http://localhost:5174), E2E_KEYCLOAK_URL (default http://localhost:8181),
// E2E_ADMIN_USERNAME / E2E_ADMIN_PASSWORD (default e2eadmin / E2e-admin-pass1), E2E_CHROMIUM (default /usr/bin/chromium).
// Report, traces and failure screenshots land in ../.run/e2e/ (git-ignored), the page screenshots people look at in
// ../.run/e2e/screenshots/<project>/.
import { defineConfig } from '@playwright/test'
import { BASE_URL, RUN_DIR } from './e2e/support/env'

export default defineConfig({
  testDir: './e2e',
  outputDir: `${RUN_DIR}/test-results`,
  globalSetup: './e2e/support/global-setup.ts',
  // one story per file, its tests in order (test.describe.configure serial); one browser at a time on a small machine
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 120_000,
  expect: { timeout: 20_000 },
  reporter: [['list'], ['html', { outputFolder: `${RUN_DIR}/report`, open: 'never' }]],
  use: {
    baseURL: BASE_URL,
    locale: 'zh-CN',
    actionTimeout: 20_000,
    navigationTimeout: 60_000,
    trace: { mode: 'retain-on-failure', screenshots: false },
    screenshot: 'only-on-failure',
    launchOptions: {
      // Debian's Chromium: `npx playwright install` cannot download a browser here
      executablePath: process.env.E2E_CHROMIUM || '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    {
      name: 'desktop',
      // the phone stories (NN-phone-*.spec.ts) are the phone's alone; 14-phone-budget runs on both projects (the
      // login page on each, the budget on the phone)
      testIgnore: [/(^|\/)phone\.spec\.ts$/, /\d+-phone-(?!budget)[\w-]+\.spec\.ts$/],
      use: { browserName: 'chromium', viewport: { width: 1440, height: 900 } },
    },
    {
      name: 'phone',
      // the phone stories (*phone*.spec.ts), and the accessibility sweep of the phone pages
      testMatch: /(phone[\w-]*|12-accessibility)\.spec\.ts$/,
      use: {
        browserName: 'chromium',
        viewport: { width: 375, height: 667 },
        deviceScaleFactor: 2,
        hasTouch: true,
        isMobile: true,
      },
    },
  ],
})
