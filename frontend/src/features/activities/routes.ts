import type { RouteRecordRaw } from 'vue-router'
import { Flag } from '@element-plus/icons-vue'

/** Office pages (under the app shell). */
export const officeRoutes: RouteRecordRaw[] = [
  {
    path: 'activities',
    name: 'activities',
    component: () => import('./office/ActivitiesView.vue'),
    meta: { title: 'activities', can: 'ACTIVITIES_READ', menu: { icon: Flag, group: 'volunteers', order: 30 } },
  },
  {
    path: 'activities/:id(\\d+)',
    name: 'activity',
    component: () => import('./office/ActivityDetailView.vue'),
    props: (route) => ({ id: Number(route.params.id) }),
    meta: { title: 'activity', can: 'ACTIVITIES_READ', parent: 'activities' },
  },
]

/** Phone pages (/m): a team leader's own activities, read-only. */
export const mobileRoutes: RouteRecordRaw[] = [
  {
    path: '/m/activities/led',
    name: 'mobile-led-activities',
    component: () => import('./mobile/MobileLedActivities.vue'),
    meta: { title: 'mobileLedActivities', can: 'ACTIVITIES_MANAGE' },
  },
  {
    path: '/m/activities/led/:id(\\d+)',
    name: 'mobile-led-activity',
    component: () => import('./mobile/MobileLedActivity.vue'),
    props: (route) => ({ id: Number(route.params.id) }),
    meta: { title: 'mobileLedActivity', can: 'ACTIVITIES_READ' },
  },
]

/** Phone pages (/m) of a volunteer: its community's open activities, signing up, its own sign-ups. */
export const signUpMobileRoutes: RouteRecordRaw[] = [
  {
    path: '/m/activities',
    name: 'mobile-open-activities',
    component: () => import('./mobile/OpenActivities.vue'),
    meta: { title: 'mobileOpenActivities', can: 'ACTIVITIES_SIGN_UP' },
  },
  {
    path: '/m/activities/:id(\\d+)',
    name: 'mobile-open-activity',
    component: () => import('./mobile/ActivitySignUp.vue'),
    props: (route) => ({ id: Number(route.params.id) }),
    meta: { title: 'mobileOpenActivity', can: 'ACTIVITIES_SIGN_UP' },
  },
  {
    path: '/m/sign-ups',
    name: 'mobile-my-signups',
    component: () => import('./mobile/MySignUps.vue'),
    meta: { title: 'mobileMySignUps', can: 'ACTIVITIES_SIGN_UP' },
  },
]
