import type { RouteRecordRaw } from 'vue-router'
import { HomeFilled } from '@element-plus/icons-vue'

/** Office pages (under the app shell): the home every role lands on, first in the menu. */
export const officeRoutes: RouteRecordRaw[] = [
  {
    path: 'workbench',
    name: 'workbench',
    component: () => import('./office/WorkbenchView.vue'),
    meta: { title: 'workbench', can: 'AREAS_READ', menu: { icon: HomeFilled, order: 1 } },
  },
]
