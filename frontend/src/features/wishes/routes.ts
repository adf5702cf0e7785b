import type { RouteRecordRaw } from 'vue-router'
import { Present } from '@element-plus/icons-vue'

/** Office pages (under the app shell), in the menu's 党建共建 group. */
export const officeRoutes: RouteRecordRaw[] = [
  {
    path: 'micro-wishes',
    name: 'micro-wishes',
    component: () => import('./office/MicroWishesView.vue'),
    meta: {
      title: 'microWishes',
      can: 'MICRO_WISHES_MANAGE',
      menu: { icon: Present, group: 'partyBuilding', order: 30 },
    },
  },
]

/** Phone pages (/m) of claimants: volunteers (party members among them) and unit liaisons. */
export const mobileRoutes: RouteRecordRaw[] = [
  {
    path: '/m/wishes',
    name: 'mobile-wishes',
    component: () => import('./mobile/MobileWishes.vue'),
    meta: { title: 'mobileWishes', can: 'MICRO_WISHES_CLAIM' },
  },
]
