import type { RouteRecordRaw } from 'vue-router'
import { Connection } from '@element-plus/icons-vue'

/** Office pages (under the app shell). */
export const officeRoutes: RouteRecordRaw[] = [
  {
    path: 'api-clients',
    name: 'api-clients',
    component: () => import('./office/ApiClientsView.vue'),
    meta: { title: 'apiClients', can: 'API_CLIENTS_MANAGE', menu: { icon: Connection, order: 90 } },
  },
]
