import Keycloak from 'keycloak-js'
import type { PublicConfig } from '@/shared/api/types'

/** Seconds of validity a token must still have before an API call; below that it is refreshed first. */
const MIN_VALIDITY = 30

let keycloak: Keycloak | undefined

/** The Keycloak login theme knows `zh-CN` and `en`: the UI locale as Keycloak's ui_locales. */
export function keycloakLocale(locale: string): string {
  return locale.startsWith('en') ? 'en' : locale
}

export async function fetchPublicConfig(): Promise<PublicConfig> {
  const response = await fetch('/api/public/config', { headers: { Accept: 'application/json' } })
  if (!response.ok) throw new Error(`GET /api/public/config answered ${response.status}`)
  return (await response.json()) as PublicConfig
}

/** Logs in (redirecting to Keycloak when there is no session) with the authorization code flow and PKCE. */
export async function initAuth(config: PublicConfig, locale: string): Promise<Keycloak> {
  const kc = new Keycloak({ url: config.keycloakUrl, realm: config.realm, clientId: config.clientId })
  kc.onTokenExpired = () => {
    kc.updateToken(MIN_VALIDITY).catch(() => kc.login({ locale: keycloakLocale(locale) }))
  }
  await kc.init({
    onLoad: 'login-required',
    pkceMethod: 'S256',
    checkLoginIframe: false,
    locale: keycloakLocale(locale),
  })
  keycloak = kc
  return kc
}

/** A valid access token, refreshed silently when it expires within MIN_VALIDITY seconds. */
export async function accessToken(): Promise<string | undefined> {
  if (!keycloak?.authenticated) return undefined
  try {
    await keycloak.updateToken(MIN_VALIDITY)
  } catch {
    // the refresh token is gone too (session ended in Keycloak): a new login is the only way on
    await keycloak.login()
    return undefined
  }
  return keycloak.token
}

export function login(locale?: string): Promise<void> {
  return keycloak ? keycloak.login({ locale: locale && keycloakLocale(locale) }) : Promise.resolve()
}

export function logout(): Promise<void> {
  return keycloak ? keycloak.logout({ redirectUri: `${window.location.origin}/` }) : Promise.resolve()
}
