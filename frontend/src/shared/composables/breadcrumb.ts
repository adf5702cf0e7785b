import { defineStore } from 'pinia'
import { ref } from 'vue'

export interface Crumb {
  label: string
  to?: string
}

/** Crumbs a page adds after its own title (e.g. the path to the selected area). Cleared on navigation. */
export const useBreadcrumbStore = defineStore('breadcrumb', () => {
  const extra = ref<Crumb[]>([])
  function set(crumbs: Crumb[]): void {
    extra.value = crumbs
  }
  return { extra, set }
})
