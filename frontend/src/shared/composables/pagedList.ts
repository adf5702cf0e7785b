import { reactive, ref, type Ref } from 'vue'
import { reportError } from '@/shared/composables/problems'

/**
 * A server-paged list: `fetchPage` receives the 0-based page and size the API takes, while `paging.page` is the
 * 1-based page the pagination control shows (`paging` may be given, e.g. read from the address). Errors are reported
 * once here.
 */
export function usePagedList<T>(
  fetchPage: (page: number, size: number) => Promise<T>,
  paging: { page: number; size: number } = reactive({ page: 1, size: 20 }),
) {
  const result = ref(null) as Ref<T | null>
  const loading = ref(false)

  async function load(): Promise<void> {
    loading.value = true
    try {
      result.value = await fetchPage(paging.page - 1, paging.size)
    } catch (e) {
      reportError(e)
    } finally {
      loading.value = false
    }
  }

  /** Runs the filters from the first page. */
  function search(): void {
    paging.page = 1
    void load()
  }

  return { paging, result, loading, load, search }
}
