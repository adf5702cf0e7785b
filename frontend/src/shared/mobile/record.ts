// What a phone page that shows one record shares: loading it (again when its id changes) and going back.
import { ref, shallowRef, watch, type Ref } from 'vue'
import { useRouter, type RouteLocationRaw } from 'vue-router'
import { toastError } from './errors'

/** The record `fetch` answers for `id()`, loaded at once and whenever the id changes; a failure is toasted. */
export function useRecord<T>(id: () => number, fetch: (id: number) => Promise<T>) {
  const data = shallowRef<T | null>(null) as Ref<T | null>
  const loading = ref(false)
  const failed = ref(false)

  async function load(): Promise<void> {
    loading.value = true
    try {
      data.value = await fetch(id())
      failed.value = false
    } catch (e) {
      failed.value = true
      toastError(e)
    } finally {
      loading.value = false
    }
  }
  watch(id, () => void load(), { immediate: true })

  return { data, loading, failed, load }
}

/** Back where the user came from, or to `fallback` when the page was opened directly (a link, a reload). */
export function useBack(fallback: RouteLocationRaw): () => void {
  const router = useRouter()
  return () => {
    if (window.history.state?.back) router.back()
    else void router.push(fallback)
  }
}
