import type { RouteRecordRaw } from 'vue-router'

/** Phone pages (/m): the volunteer checks in and out; the organiser shows the rotating code and marks attendance. */
export const mobileRoutes: RouteRecordRaw[] = [
  {
    path: '/m/check-in',
    name: 'mobile-check-in',
    component: () => import('./mobile/MobileCheckIn.vue'),
    meta: { title: 'mobileCheckIn', can: 'VOLUNTEER_CHECK_IN' },
  },
  {
    path: '/m/sessions/:id(\\d+)/check-in-code',
    name: 'mobile-check-in-code',
    component: () => import('./mobile/MobileCheckInCode.vue'),
    props: (route) => ({ id: Number(route.params.id) }),
    meta: { title: 'mobileCheckInCode', can: 'VOLUNTEER_ATTENDANCE_MANAGE' },
  },
]
