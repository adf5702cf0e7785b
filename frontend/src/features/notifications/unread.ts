// The caller's unread count, shared by the bell, the lists and the phone entry: asked for every POLL_MS while any of
// them is shown, and again whenever the window regains focus (the count others' actions raise is never older than a
// minute on screen).
import { onMounted, onUnmounted, ref } from 'vue'
import { useRouter } from 'vue-router'
import type { NotificationItem } from '@/shared/api/types'
import { getNotificationSummary, markAllNotificationsRead, markNotificationRead } from './api'
import { POLL_MS, noticeRoute } from './model/notices'

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

/**
 * What the bell and the lists do with notices, each reporting a failure its own way (a message in the office, a toast
 * on the phone): opening one marks it read (a failure there does not keep the issue from opening), refreshes the count
 * and shows its issue; reading all answers whether it worked.
 */
export function useNoticeActions(phone: boolean, report: (e: unknown) => void) {
  const router = useRouter()
  const { unread, refresh } = useUnreadCount()

  async function open(notice: NotificationItem): Promise<void> {
    try {
      if (!notice.read) await markNotificationRead(notice.id)
    } catch (e) {
      report(e)
    }
    void refresh()
    await router.push(noticeRoute(notice, phone))
  }

  async function readAll(): Promise<boolean> {
    try {
      unread.value = (await markAllNotificationsRead()).unread
      return true
    } catch (e) {
      report(e)
      return false
    }
  }

  return { unread, open, readAll }
}
