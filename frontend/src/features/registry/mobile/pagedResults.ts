// One list of lookup results on the phone: a first page for each new search, then "load more" (a page number for
// households, the keyset cursor for residents). The answer to a search that a newer one replaced is dropped.
import { ref, shallowRef, type Ref } from 'vue'
import { toastError } from '@/shared/mobile/errors'

export interface ResultPage<T, C> {
  items: T[]
  total: number
  /** Where the next page starts; null when this was the last one. */
  next: C | null
}

export function usePagedResults<T extends { id: number }, C>(
  fetchPage: (from: C | undefined) => Promise<ResultPage<T, C>>,
) {
  const items = shallowRef<T[]>([]) as Ref<T[]>
  const total = ref<number | null>(null)
  const next = shallowRef<C | null>(null) as Ref<C | null>
  const loading = ref(false)
  const failed = ref(false)
  let generation = 0

  async function load(from: C | undefined, replace: boolean): Promise<void> {
    const mine = ++generation
    loading.value = true
    failed.value = false
    try {
      const page = await fetchPage(from)
      if (mine !== generation) return
      // a row may have moved between pages since the first one was read: keep each once
      const seen = new Set(replace ? [] : items.value.map((i) => i.id))
      items.value = [...(replace ? [] : items.value), ...page.items.filter((i) => !seen.has(i.id))]
      total.value = page.total
      next.value = page.next
    } catch (e) {
      if (mine !== generation) return
      failed.value = true
      toastError(e)
    } finally {
      if (mine === generation) loading.value = false
    }
  }

  /** A new search: its first page in place of what was shown. */
  function start(): Promise<void> {
    items.value = []
    total.value = null
    next.value = null
    return load(undefined, true)
  }

  /** The next page, after what is shown (or the first one again when that failed). */
  function more(): Promise<void> {
    if (next.value === null) return start()
    return load(next.value, false)
  }

  /** Nothing to show and nothing asked (an empty box, or a search this list does not take). */
  function clear(): void {
    generation++
    items.value = []
    total.value = null
    next.value = null
    loading.value = false
    failed.value = false
  }

  return { items, total, next, loading, failed, start, more, clear }
}
