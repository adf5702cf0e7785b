import type { RouteRecordRaw } from 'vue-router'
import { DataAnalysis } from '@element-plus/icons-vue'

/** Office pages (under the app shell), in the 结对走访 menu group. */
export const officeRoutes: RouteRecordRaw[] = [
  {
    path: 'visit-coverage',
    name: 'visit-coverage',
    component: () => import('./office/VisitCoverageView.vue'),
    meta: {
      title: 'visitCoverage',
      can: 'VISIT_COVERAGE_READ',
      menu: { icon: DataAnalysis, group: 'visits', order: 30 },
    },
  },
]
