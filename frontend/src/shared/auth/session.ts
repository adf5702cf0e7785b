import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { api } from '@/shared/api/client'
import { unwrap } from '@/shared/api/problem'
import type { Me } from '@/shared/api/types'
import { capabilitiesOf, primaryRole, type Permission } from '@/shared/auth/permissions'
import { logout as keycloakLogout } from '@/shared/auth/keycloak'

export const useSessionStore = defineStore('session', () => {
  const me = ref<Me | null>(null)

  const roles = computed(() => me.value?.roles ?? [])
  const role = computed(() => primaryRole(roles.value))
  const capabilities = computed(() => new Set(me.value ? capabilitiesOf(me.value) : []))

  /** What the signed-in user may do: the one question pages, menus, route guards and actions ask. */
  function can(permission: Permission): boolean {
    return capabilities.value.has(permission)
  }

  async function load(): Promise<Me> {
    me.value = unwrap(await api.GET('/api/me'))
    return me.value
  }

  async function logout(): Promise<void> {
    await keycloakLogout()
  }

  return { me, roles, role, can, load, logout }
})
