import type { RouteRecordRaw } from 'vue-router'
import { Switch } from '@element-plus/icons-vue'

/** Office pages (under the app shell). */
export const officeRoutes: RouteRecordRaw[] = [
  {
    path: 'pairing-reassignments',
    name: 'reassignments',
    component: () => import('./office/ReassignmentHistoryView.vue'),
    meta: { title: 'reassignments', can: 'PAIRINGS_READ', menu: { icon: Switch, group: 'visits', order: 15 } },
  },
]
