import type { RouteRecordRaw } from 'vue-router'
import { Notebook } from '@element-plus/icons-vue'

/** Office pages (under the app shell). */
export const officeRoutes: RouteRecordRaw[] = [
  {
    path: 'visits',
    name: 'visit-log',
    component: () => import('./office/VisitLogView.vue'),
    meta: { title: 'visitLog', can: 'VISITS_READ', menu: { icon: Notebook, group: 'visits', order: 20 } },
  },
  {
    path: 'visits/:id(\\d+)',
    name: 'visit-detail',
    component: () => import('./office/VisitDetailView.vue'),
    props: (route) => ({ id: Number(route.params.id) }),
    meta: { title: 'visitDetail', can: 'VISITS_READ', parent: 'visit-log' },
  },
]
