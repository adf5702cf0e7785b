// The caller's unread count, shared by the bell, the lists and the phone entry: asked for every POLL_MS while any of
// them is shown, and again whenever the window regains focus (the count others' actions raise is never older than a
// minute on screen).
import { onMounted, onUnmounted, ref } from 'vue'
import { getNotificationSummary } from './api'
import { POLL_MS } from './model/notices'

const unread = ref<number | null>(null)
let users = 0
let timer: ReturnType<typeof setInterval> | undefined

async function refresh(): Promise<void> {
  try {
    unread.value = (await getNotificationSummary()).unread
  } catch {
    // a failed poll keeps the last count; the next one (or a page's own request) reports a real problem
  }
}

function onFocus(): void {
  void refresh()
}

/** The unread count, kept fresh while the calling component is mounted. */
export function useUnreadCount() {
  onMounted(() => {
    if (users++ === 0) {
      timer = setInterval(() => void refresh(), POLL_MS)
      window.addEventListener('focus', onFocus)
    }
    void refresh()
  })
  onUnmounted(() => {
    if (--users === 0) {
      clearInterval(timer)
      window.removeEventListener('focus', onFocus)
    }
  })
  return { unread, refresh }
}
