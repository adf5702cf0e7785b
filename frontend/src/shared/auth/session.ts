import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { api } from '@/shared/api/client'
import { unwrap } from '@/shared/api/problem'
import type { Me } from '@/shared/api/types'
import {
  auditSeesOthers,
  canExportRegistry,
  canImportRegistry,
  canManageApiClients,
  canManageStaff,
  canReadAreas,
  canReadAudit,
  canReadRegistry,
  canReveal,
  canWriteRegistry,
  primaryRole,
  canReadIssues,
  canReadTalkDays,
  canWriteIssues,
  canManageTalkDays,
  canManageIssueCategories,
  canReadCalendar,
  canEditCalendar,
  canListStaff,
} from '@/shared/auth/permissions'
import { logout as keycloakLogout } from '@/shared/auth/keycloak'

export const useSessionStore = defineStore('session', () => {
  const me = ref<Me | null>(null)

  const roles = computed(() => me.value?.roles ?? [])
  const role = computed(() => primaryRole(roles.value))
  const mayReadAreas = computed(() => canReadAreas(roles.value))
  const mayManageStaff = computed(() => canManageStaff(roles.value))
  const mayManageApiClients = computed(() => canManageApiClients(roles.value))
  const mayReadRegistry = computed(() => canReadRegistry(roles.value))
  const mayWriteRegistry = computed(() => canWriteRegistry(roles.value))
  const mayReveal = computed(() => canReveal(roles.value))
  const mayImport = computed(() => canImportRegistry(roles.value))
  const mayExport = computed(() => canExportRegistry(roles.value))
  const mayReadAudit = computed(() => canReadAudit(roles.value))
  const auditOfOthers = computed(() => auditSeesOthers(roles.value))
  const mayReadIssues = computed(() => canReadIssues(roles.value))
  const mayReadTalkDays = computed(() => canReadTalkDays(roles.value))
  const mayWriteIssues = computed(() => canWriteIssues(roles.value))
  const mayManageTalkDays = computed(() => canManageTalkDays(roles.value))
  const mayManageIssueCategories = computed(() => canManageIssueCategories(roles.value))
  const mayReadCalendar = computed(() => canReadCalendar(roles.value))
  const mayEditCalendar = computed(() => canEditCalendar(roles.value))
  const mayListStaff = computed(() => canListStaff(roles.value))

  async function load(): Promise<Me> {
    me.value = unwrap(await api.GET('/api/me'))
    return me.value
  }

  async function logout(): Promise<void> {
    await keycloakLogout()
  }

  return {
    me,
    roles,
    role,
    mayReadAreas,
    mayManageStaff,
    mayManageApiClients,
    mayReadRegistry,
    mayWriteRegistry,
    mayReveal,
    mayImport,
    mayExport,
    mayReadAudit,
    auditOfOthers,
    mayReadIssues,
    mayReadTalkDays,
    mayWriteIssues,
    mayManageTalkDays,
    mayManageIssueCategories,
    mayReadCalendar,
    mayEditCalendar,
    mayListStaff,
    load,
    logout,
  }
})
