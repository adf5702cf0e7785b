import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { IssueCategory } from '@/shared/api/types'
import { reportError } from '@/shared/composables/problems'
import { listIssueCategories } from './api'
import { activeCategories, inOrder } from './model/categories'

/**
 * The issue categories in force for the caller's sub-district (retired ones included, for the names of old issues),
 * loaded once per session; the settings page reloads them after a change.
 */
export const useIssueCategoryStore = defineStore('issueCategories', () => {
  const all = ref<IssueCategory[]>([])
  let pending: Promise<IssueCategory[]> | null = null
  let loaded = false

  async function fetchAll(): Promise<IssueCategory[]> {
    try {
      const list = await listIssueCategories()
      all.value = inOrder(list)
      loaded = true
    } catch (e) {
      reportError(e)
    }
    return all.value
  }

  function ensure(): Promise<IssueCategory[]> {
    if (loaded) return Promise.resolve(all.value)
    pending ??= fetchAll().finally(() => (pending = null))
    return pending
  }

  function reload(): Promise<IssueCategory[]> {
    loaded = false
    return ensure()
  }

  const active = computed(() => activeCategories(all.value))

  function byId(id: number | undefined): IssueCategory | undefined {
    return id === undefined ? undefined : all.value.find((c) => c.id === id)
  }

  return { all, active, ensure, reload, byId }
})
