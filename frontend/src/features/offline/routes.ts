import type { RouteRecordRaw } from 'vue-router'

/** Phone pages (/m) of the offline layer: the outbox, for anyone signed in (each sees their own items). */
export const mobileRoutes: RouteRecordRaw[] = [
  {
    path: '/m/outbox',
    name: 'mobile-outbox',
    component: () => import('./mobile/OutboxPage.vue'),
    meta: { title: 'mobileOutbox' },
  },
]
