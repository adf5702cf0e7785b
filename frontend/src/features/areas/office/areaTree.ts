import { ref } from 'vue'
import { api } from '@/shared/api/client'
import { unwrap } from '@/shared/api/problem'
import type { AreaNode } from '@/shared/api/types'
import { reportError } from '@/shared/composables/problems'

/** The caller's area tree for pickers and filters, loaded on demand (fresh on every page: areas change). */
export function useAreaTree() {
  const tree = ref<AreaNode[]>([])

  async function loadTree(): Promise<void> {
    try {
      tree.value = unwrap(await api.GET('/api/areas/tree'))
    } catch (e) {
      reportError(e)
    }
  }

  return { tree, loadTree }
}
