import type { RouteRecordRaw } from 'vue-router'
import { Place } from '@element-plus/icons-vue'

/** Office pages (under the app shell). */
export const officeRoutes: RouteRecordRaw[] = [
  {
    path: 'areas',
    name: 'areas',
    component: () => import('./office/AreasView.vue'),
    meta: { title: 'areas', can: 'AREAS_READ', menu: { icon: Place, order: 10 } },
  },
]
