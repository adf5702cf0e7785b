import type { RouteRecordRaw } from 'vue-router'
import { OfficeBuilding } from '@element-plus/icons-vue'

/** Office pages (under the app shell), in the menu's 党建共建 group. */
export const officeRoutes: RouteRecordRaw[] = [
  {
    path: 'cobuild-units',
    name: 'cobuild-units',
    component: () => import('./office/CoBuildUnitsView.vue'),
    meta: {
      title: 'cobuildUnits',
      can: 'COBUILD_UNITS_READ',
      menu: { icon: OfficeBuilding, group: 'partyBuilding', order: 50 },
    },
  },
]

/** Phone pages (/m): a unit-liaison account's own unit and the issues given to it. */
export const mobileRoutes: RouteRecordRaw[] = [
  {
    path: '/m/unit',
    name: 'mobile-unit',
    component: () => import('./mobile/MyUnitView.vue'),
    meta: { title: 'myUnit', can: 'ISSUES_HANDLE_AS_UNIT' },
  },
]
