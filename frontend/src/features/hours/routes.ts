import type { RouteRecordRaw } from 'vue-router'
import { Stopwatch } from '@element-plus/icons-vue'

/** Office pages (under the app shell). */
export const officeRoutes: RouteRecordRaw[] = [
  {
    path: 'volunteer-hours',
    name: 'hours-queue',
    component: () => import('./office/HoursQueueView.vue'),
    meta: { title: 'hoursQueue', can: 'HOURS_CONFIRM', menu: { icon: Stopwatch, group: 'volunteers', order: 40 } },
  },
  {
    path: 'volunteer-hours/volunteers/:id(\\d+)',
    name: 'hours-ledger',
    component: () => import('./office/HoursLedgerView.vue'),
    props: (route) => ({ id: Number(route.params.id) }),
    meta: { title: 'hoursLedger', can: 'HOURS_READ', parent: 'hours-queue' },
  },
  {
    path: 'settings/volunteer-hours',
    name: 'hours-settings',
    component: () => import('./office/HoursSettingsView.vue'),
    meta: { title: 'hoursSettings', can: 'HOURS_READ', menu: { group: 'settings', order: 40 } },
  },
]

/** Phone pages (/m): a volunteer's own hours. */
export const mobileRoutes: RouteRecordRaw[] = [
  {
    path: '/m/hours',
    name: 'mobile-hours',
    component: () => import('./mobile/MobileMyHours.vue'),
    meta: { title: 'mobileHours', can: 'HOURS_REPORT' },
  },
  {
    path: '/m/hours/report',
    name: 'mobile-hours-report',
    component: () => import('./mobile/MobileHoursReport.vue'),
    meta: { title: 'mobileHoursReport', can: 'HOURS_REPORT' },
  },
]
