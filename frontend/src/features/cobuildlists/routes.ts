import type { RouteRecordRaw } from 'vue-router'
import { Document, List, Trophy } from '@element-plus/icons-vue'

/** Office pages (under the app shell), in the menu's 党建共建 group. */
export const officeRoutes: RouteRecordRaw[] = [
  {
    path: 'cobuild-agreements',
    name: 'cobuild-agreements',
    component: () => import('./office/AgreementsView.vue'),
    meta: {
      title: 'cobuildAgreements',
      can: 'COBUILD_AGREEMENTS_READ',
      menu: { icon: Document, group: 'partyBuilding', order: 55 },
    },
  },
  {
    path: 'cobuild-lists',
    name: 'cobuild-lists',
    component: () => import('./office/NeedsResourcesView.vue'),
    meta: { title: 'cobuildLists', can: 'COBUILD_LISTS_READ', menu: { icon: List, group: 'partyBuilding', order: 60 } },
  },
  {
    path: 'cobuild-points',
    name: 'cobuild-points',
    component: () => import('./office/PointsView.vue'),
    meta: {
      title: 'cobuildPoints',
      can: 'COBUILD_POINTS_READ',
      menu: { icon: Trophy, group: 'partyBuilding', order: 80 },
    },
  },
]

/** Phone pages: a unit liaison's resources. */
export const mobileRoutes: RouteRecordRaw[] = [
  {
    path: '/m/unit/resources',
    name: 'mobile-unit-resources',
    component: () => import('./mobile/MobileUnitResources.vue'),
    meta: { title: 'mobileUnitResources', can: 'COBUILD_RESOURCES_OFFER' },
  },
]
