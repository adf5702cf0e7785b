// Before the run: fresh page screenshots (as the old script did), and a clear message when the stack is not up.
import { mkdirSync, rmSync } from 'node:fs'
import { BASE_URL, KEYCLOAK_URL, SCREENSHOTS } from './env'

async function reachable(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok
  } catch {
    return false
  }
}

export default async function globalSetup(): Promise<void> {
  rmSync(SCREENSHOTS, { recursive: true, force: true })
  mkdirSync(SCREENSHOTS, { recursive: true })
  const missing = []
  if (!(await reachable(`${BASE_URL}/api/public/config`))) missing.push(`the app and its API at ${BASE_URL}`)
  if (!(await reachable(`${KEYCLOAK_URL}/realms/gridwork/.well-known/openid-configuration`)))
    missing.push(`Keycloak at ${KEYCLOAK_URL}`)
  if (missing.length) {
    throw new Error(`end-to-end: ${missing.join(' and ')} not reachable; start the stack with backend/dev/stack.sh e2e`)
  }
}
