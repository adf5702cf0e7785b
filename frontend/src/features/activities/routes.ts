import type { RouteRecordRaw } from 'vue-router'

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
