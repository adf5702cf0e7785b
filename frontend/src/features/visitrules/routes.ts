import type { RouteRecordRaw } from 'vue-router'
import { Tickets } from '@element-plus/icons-vue'

/** Office pages (under the app shell). */
export const officeRoutes: RouteRecordRaw[] = [
  {
    path: 'visit-rules',
    name: 'visit-rules',
    component: () => import('./office/VisitRulesView.vue'),
    meta: { title: 'visitRules', can: 'VISIT_RULES_READ', menu: { icon: Tickets, group: 'visits', order: 90 } },
  },
]
