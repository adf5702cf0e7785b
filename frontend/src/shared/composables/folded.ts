import { ref, watch, type Ref } from 'vue'
import { useSessionStore } from '@/shared/auth/session'

const PREFIX = 'gridwork.folded'

/**
 * Whether a block of a page (the statistics above a list) is folded away: remembered per user and block in this
 * browser, so that the list keeps the room once the user has made it.
 */
export function useFolded(block: string, initial = false): Ref<boolean> {
  const key = `${PREFIX}.${useSessionStore().me?.username ?? ''}.${block}`
  const read = (): boolean => {
    try {
      const stored = localStorage.getItem(key)
      return stored === null ? initial : stored === 'true'
    } catch {
      return initial
    }
  }
  const folded = ref(read())
  watch(folded, (value) => {
    try {
      localStorage.setItem(key, String(value))
    } catch {
      // storage refused (private mode, quota): the choice lasts for this page only
    }
  })
  return folded
}
