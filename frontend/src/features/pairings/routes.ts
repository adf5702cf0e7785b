import type { RouteRecordRaw } from 'vue-router'
import { Connection } from '@element-plus/icons-vue'

/** Office pages (under the app shell), in the menu's 结对走访 group. */
export const officeRoutes: RouteRecordRaw[] = [
  {
    path: 'pairings',
    name: 'pairings',
    component: () => import('./office/PairingsView.vue'),
    meta: { title: 'pairings', can: 'PAIRINGS_READ', menu: { icon: Connection, group: 'visits', order: 10 } },
  },
]
