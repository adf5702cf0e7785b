import type { RouteRecordRaw } from 'vue-router'

/** Office pages (under the app shell); the header's bell leads here, so there is no menu entry. */
export const officeRoutes: RouteRecordRaw[] = [
  {
    path: 'notifications',
    name: 'notifications',
    component: () => import('./office/NotificationsView.vue'),
    meta: { title: 'notifications', can: 'NOTIFICATIONS_READ' },
  },
]

/** Phone pages (/m). */
export const mobileRoutes: RouteRecordRaw[] = [
  {
    path: '/m/notifications',
    name: 'mobile-notifications',
    component: () => import('./mobile/MobileNotifications.vue'),
    meta: { title: 'mobileNotifications', can: 'NOTIFICATIONS_READ' },
  },
]
