import type { RouteRecordRaw } from 'vue-router'
import { User } from '@element-plus/icons-vue'

/** Office pages (under the app shell). */
export const officeRoutes: RouteRecordRaw[] = [
  {
    path: 'staff',
    name: 'staff',
    component: () => import('./office/StaffView.vue'),
    meta: { title: 'staff', can: 'STAFF_MANAGE', menu: { icon: User, order: 80 } },
  },
]
