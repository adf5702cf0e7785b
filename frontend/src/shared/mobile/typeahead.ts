// A search box whose results follow the typing (the phone pickers for households and residents).
import { ref, watch, type Ref } from 'vue'
import { toastError } from '@/shared/mobile/errors'

/**
 * Runs `find` 300 ms after the last change of `q` (or at once through `search`, for the keyboard's search key).
 * The answer of a search that a newer one overtook is dropped; an empty box clears the results. `searched` tells
 * "nothing found" apart from "nothing asked yet".
 */
export function useTypeahead<T>(find: (text: string) => Promise<T[]>, delayMs = 300) {
  const q = ref('')
  const results = ref([]) as Ref<T[]>
  const searching = ref(false)
  const searched = ref(false)
  let timer: ReturnType<typeof setTimeout> | undefined
  let generation = 0

  async function search(): Promise<void> {
    const text = q.value.trim()
    const mine = ++generation
    if (!text) {
      results.value = []
      searched.value = false
      return
    }
    searching.value = true
    try {
      const found = await find(text)
      if (mine !== generation) return
      results.value = found
      searched.value = true
    } catch (e) {
      if (mine === generation) toastError(e)
    } finally {
      if (mine === generation) searching.value = false
    }
  }

  watch(q, () => {
    clearTimeout(timer)
    timer = setTimeout(() => void search(), delayMs)
  })

  return { q, results, searching, searched, search }
}
