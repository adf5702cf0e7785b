// Plain rules of the notification centre: the list's filter in the URL, the badge's text, where a notice leads,
// and when to ask the server for the unread count again.
import type { NotificationItem } from '@/shared/api/types'

/** How often the unread count is asked for while the window is open (and again when it regains focus). */
export const POLL_MS = 60_000

/** How many notices the bell's popover shows. */
export const LATEST = 5

export type NoticeFilter = 'unread' | 'all'

/** The list's filter and page from the address (`?filter=unread&page=2`); anything else is the default. */
export function filterFromQuery(query: Record<string, unknown>): { filter: NoticeFilter; page: number } {
  const filter: NoticeFilter = query.filter === 'all' ? 'all' : 'unread'
  const raw = Number(typeof query.page === 'string' ? query.page : NaN)
  const page = Number.isInteger(raw) && raw >= 1 ? raw : 1
  return { filter, page }
}

/** The address query for a filter and page, leaving out what is the default (a clean, shareable URL). */
export function queryOf(filter: NoticeFilter, page: number): Record<string, string> {
  const query: Record<string, string> = {}
  if (filter !== 'unread') query.filter = filter
  if (page > 1) query.page = String(page)
  return query
}

/** The badge's text: nothing at 0, the count up to 99, then "99+". */
export function badgeText(unread: number): string {
  if (unread <= 0) return ''
  return unread > 99 ? '99+' : String(unread)
}

/** Where a notice leads: its volunteer activity or its issue, on the office or the phone. */
export function noticeRoute(notice: Pick<NotificationItem, 'issueId' | 'activityId'>, phone: boolean) {
  if (notice.activityId != null) {
    const params = { id: String(notice.activityId) }
    return phone ? { name: 'mobile-led-activity', params } : { name: 'activity', params }
  }
  return phone
    ? { name: 'mobile-issue', params: { id: String(notice.issueId) } }
    : { name: 'issue', params: { id: String(notice.issueId) } }
}

/** The list after one notice was read: it stays (marked read) in "all", leaves the "unread" list. */
export function afterRead(items: NotificationItem[], id: number, filter: NoticeFilter): NotificationItem[] {
  return filter === 'unread'
    ? items.filter((n) => n.id !== id)
    : items.map((n) => (n.id === id ? { ...n, read: true } : n))
}
