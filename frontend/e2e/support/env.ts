// Where the stack under test is, and where results go (see playwright.config.ts).
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const trim = (url: string) => url.replace(/\/$/, '')

export const BASE_URL = trim(process.env.E2E_BASE_URL || 'http://localhost:5174')
export const KEYCLOAK_URL = trim(process.env.E2E_KEYCLOAK_URL || 'http://localhost:8181')
/** The repository's .run/e2e: report, traces, failure screenshots and the page screenshots. */
export const RUN_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../.run/e2e')
export const SCREENSHOTS = `${RUN_DIR}/screenshots`
