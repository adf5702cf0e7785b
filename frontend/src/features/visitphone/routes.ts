import type { RouteRecordRaw } from 'vue-router'
import type { Permission } from '@/shared/api/types'

/** Grid workers and other staff who record visits, and helpers (their paired households only). */
const VISITORS = ['VISITS_RECORD', 'VISITS_RECORD_AS_HELPER'] as const satisfies readonly Permission[]

/** Phone pages (/m) of a visitor: today's visits, my households, a household's card, a visit, my coverage. */
export const mobileRoutes: RouteRecordRaw[] = [
  {
    path: '/m/visits',
    name: 'mobile-visits',
    component: () => import('./mobile/TodayVisits.vue'),
    meta: { title: 'mobileVisitsToday', can: VISITORS },
  },
  {
    path: '/m/visits/households',
    name: 'mobile-visit-households',
    component: () => import('./mobile/MyHouseholds.vue'),
    meta: { title: 'mobileVisitHouseholds', can: VISITORS },
  },
  {
    path: '/m/visits/households/:id(\\d+)',
    name: 'mobile-visit-household',
    component: () => import('./mobile/HouseholdCard.vue'),
    props: (route) => ({ id: Number(route.params.id) }),
    meta: { title: 'mobileVisitHousehold', can: VISITORS },
  },
  {
    path: '/m/visits/new',
    name: 'mobile-visit-new',
    component: () => import('./mobile/VisitNew.vue'),
    props: (route) => ({ householdId: Number(route.query.householdId) }),
    meta: { title: 'mobileVisitNew', can: VISITORS },
  },
  {
    path: '/m/visits/:id(\\d+)/done',
    name: 'mobile-visit-done',
    component: () => import('./mobile/VisitDone.vue'),
    props: (route) => ({ id: Number(route.params.id) }),
    meta: { title: 'mobileVisitDone', can: VISITORS },
  },
  {
    path: '/m/visits/coverage',
    name: 'mobile-visit-coverage',
    component: () => import('./mobile/MyCoverage.vue'),
    meta: { title: 'mobileVisitCoverage', can: VISITORS },
  },
]
