import { reactive, ref, type Ref } from 'vue'
import { reportError } from '@/shared/composables/problems'

/**
 * A server-paged list: `fetchPage` receives the 0-based page and size the API takes, while `paging.page` is the
 * 1-based page the pagination control shows. Errors are reported once here.
 */
export function usePagedList<T>(fetchPage: (page: number, size: number) => Promise<T>) {
  const paging = reactive({ page: 1, size: 20 })
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

/**
 * A list's filters: they start from `defaults()` (with `initial`, e.g. what the address gives, on top); `reset` puts
 * them back and searches again, `resetTo` likewise with some set (a shortcut such as "my overdue issues").
 */
export function useListFilters<F extends object>(defaults: () => F, search: () => void, initial: Partial<F> = {}) {
  const filters = reactive({ ...defaults(), ...initial })

  function resetTo(values: Partial<F>): void {
    Object.assign(filters, defaults(), values)
    search()
  }

  // no parameter: it is bound to buttons' clicks, whose event must not land in the filters
  const reset = (): void => resetTo({})

  return { filters, reset, resetTo }
}
