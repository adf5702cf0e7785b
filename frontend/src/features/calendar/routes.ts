import type { RouteRecordRaw } from 'vue-router'

/** Office pages (under the app shell). */
export const officeRoutes: RouteRecordRaw[] = [
  {
    path: 'settings/calendar',
    name: 'working-calendar',
    component: () => import('./office/WorkingCalendarView.vue'),
    meta: { title: 'workingCalendar', can: 'CALENDAR_READ', menu: { group: 'settings', order: 20 } },
  },
]
