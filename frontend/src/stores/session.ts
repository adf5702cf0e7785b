import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { api } from '@/api/client'
import { unwrap } from '@/api/problem'
import type { Me } from '@/api/types'
import { canManageStaff, canReadAreas, primaryRole } from '@/auth/permissions'
import { logout as keycloakLogout } from '@/auth/keycloak'

export const useSessionStore = defineStore('session', () => {
  const me = ref<Me | null>(null)

  const roles = computed(() => me.value?.roles ?? [])
  const role = computed(() => primaryRole(roles.value))
  const mayReadAreas = computed(() => canReadAreas(roles.value))
  const mayManageStaff = computed(() => canManageStaff(roles.value))

  async function load(): Promise<Me> {
    me.value = unwrap(await api.GET('/api/me'))
    return me.value
  }

  async function logout(): Promise<void> {
    await keycloakLogout()
  }

  return { me, roles, role, mayReadAreas, mayManageStaff, load, logout }
})
