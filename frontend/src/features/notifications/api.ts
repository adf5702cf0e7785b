// Every call to the notification endpoints (/api/notifications…): the caller's own notices only.
import { api } from '@/shared/api/client'
import { unwrap } from '@/shared/api/problem'
import type { NotificationItem, NotificationPage, NotificationSummary } from '@/shared/api/types'

export interface NotificationQuery {
  unread?: boolean
  page?: number
  size?: number
}

export async function listNotifications(query: NotificationQuery): Promise<NotificationPage> {
  return unwrap(await api.GET('/api/notifications', { params: { query } }))
}

export async function getNotificationSummary(): Promise<NotificationSummary> {
  return unwrap(await api.GET('/api/notifications/summary'))
}

export async function markNotificationRead(id: number): Promise<NotificationItem> {
  return unwrap(await api.POST('/api/notifications/{id}/read', { params: { path: { id } } }))
}

export async function markAllNotificationsRead(): Promise<NotificationSummary> {
  return unwrap(await api.POST('/api/notifications/read-all'))
}
