import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { api } from '@/shared/api/client'
import { unwrap } from '@/shared/api/problem'
import type { Me, Permission, Role } from '@/shared/api/types'
import { logout as keycloakLogout } from '@/shared/auth/keycloak'

/** Every role, the most powerful first. */
const ROLE_ORDER: readonly Role[] = [
  'street-admin',
  'community-staff',
  'grid-worker',
  'unit-liaison',
  'volunteer',
  'viewer',
]

/** The role shown for a user: the most powerful one they hold. */
export function primaryRole(roles: readonly string[]): Role | undefined {
  return ROLE_ORDER.find((r) => roles.includes(r))
}

/** Set when a worker signed out in offline mode: the next online start ends their Keycloak session too. */
const SIGN_OUT_PENDING = 'gridwork.signOutPending'

export function signOutPending(storage: Pick<Storage, 'getItem' | 'removeItem'> = localStorage): boolean {
  const pending = storage.getItem(SIGN_OUT_PENDING) === '1'
  storage.removeItem(SIGN_OUT_PENDING)
  return pending
}

export const useSessionStore = defineStore('session', () => {
  const me = ref<Me | null>(null)
  /**
   * Offline mode: the phone opened without the network, with the worker remembered on the device as `me` (issue 17).
   * No token: API calls fail and the phone pages show what the device keeps.
   */
  const offline = ref(false)

  const roles = computed(() => me.value?.roles ?? [])
  const role = computed(() => primaryRole(roles.value))
  /** What the server says the caller may do (/api/me, derived there from role and scope). */
  const capabilities = computed(() => new Set<Permission>(me.value?.capabilities ?? []))

  /**
   * What the signed-in user may do: the one question pages, the menu, route guards and actions ask. The server
   * enforces the same; this only keeps the UI from offering what would be refused.
   */
  function can(permission: Permission): boolean {
    return capabilities.value.has(permission)
  }

  async function load(): Promise<Me> {
    me.value = unwrap(await api.GET('/api/me'))
    return me.value
  }

  function startOffline(stored: Me): void {
    me.value = stored
    offline.value = true
  }

  async function logout(): Promise<void> {
    if (!offline.value) return keycloakLogout()
    // Keycloak cannot be reached: its session ends at the next online start, and this one starts over (signed out)
    localStorage.setItem(SIGN_OUT_PENDING, '1')
    window.location.reload()
  }

  return { me, offline, roles, role, can, load, startOffline, logout }
})
