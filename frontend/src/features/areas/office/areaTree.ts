import { ref } from 'vue'
import type { AreaNode } from '@/shared/api/types'
import { reportError } from '@/shared/composables/problems'
import { getAreaTree } from '../api'

/** The caller's area tree for pickers and filters, loaded on demand (fresh on every page: areas change). */
export function useAreaTree() {
  const tree = ref<AreaNode[]>([])

  async function loadTree(): Promise<void> {
    try {
      tree.value = await getAreaTree()
    } catch (e) {
      reportError(e)
    }
  }

  return { tree, loadTree }
}
