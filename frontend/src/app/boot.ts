// How the app starts (issue 17). Online it signs in through Keycloak as always; a phone page with no network opens
// in offline mode as the worker remembered on the device, so the visit form and the outbox work in a basement.
// Everything else that cannot reach the service shows the boot failure.
import type { Router } from 'vue-router'

/** The phone pages: /m and below (the office pages need the network). */
export function isPhonePath(path: string): boolean {
  return path === '/m' || path.startsWith('/m/')
}

export type BootPath = 'sign-in' | 'offline' | 'failure'

export interface BootState {
  /** The public config and Keycloak answered (and the browser says it is online). */
  reachable: boolean
  /** A worker's profile is saved on this device (saveProfile after their last online sign-in). */
  profile: boolean
  /** The page asked for is a phone page. */
  phone: boolean
}

export function bootPath({ reachable, profile, phone }: BootState): BootPath {
  if (reachable) return 'sign-in'
  return profile && phone ? 'offline' : 'failure'
}

/**
 * Whether `url` answers at all. An opaque answer (no-cors) is enough: Keycloak is on another origin, and the only
 * question is whether the redirect to its login page would land on a network error.
 */
export async function answers(url: string, fetcher: typeof fetch = fetch): Promise<boolean> {
  try {
    await fetcher(url, { mode: 'no-cors', cache: 'no-store' })
    return true
  } catch {
    return false
  }
}

/** Phone pages where the worker may be typing (a form, an issue's action sheet): a reload would lose it. */
const KEEPS_INPUT = new Set(['mobile-visit-new', 'mobile-issue-new', 'mobile-issue'])

/**
 * Offline mode, once the network is back: a full load signs in again (silently, with Keycloak's session) so the
 * outbox drains by itself. It happens at once on a page with nothing typed in it; on a form it waits for the next
 * page the worker opens, so a half-filled form is left alone.
 */
export function reloadOnNextPageWhenOnline(
  router: Router,
  win: Pick<Window, 'addEventListener'> & { location: Pick<Location, 'assign'> } = window,
): void {
  let back = false
  win.addEventListener('online', () => {
    back = true
    const here = router.currentRoute.value
    if (!KEEPS_INPUT.has(String(here.name ?? ''))) win.location.assign(here.fullPath)
  })
  router.beforeEach((to) => {
    if (!back) return true
    win.location.assign(to.fullPath)
    return false
  })
}
