import type { RouteRecordRaw } from 'vue-router'
import { Download } from '@element-plus/icons-vue'

/** Office pages (under the app shell): the export for the national volunteer system, in the volunteers' menu. */
export const officeRoutes: RouteRecordRaw[] = [
  {
    path: 'volunteers/hours-export',
    name: 'hours-export',
    component: () => import('./office/HoursExportView.vue'),
    meta: { title: 'hoursExport', can: 'HOURS_EXPORT', menu: { icon: Download, group: 'volunteers', order: 50 } },
  },
]

/** Phone pages (/m): a volunteer's own certificate. */
export const mobileRoutes: RouteRecordRaw[] = [
  {
    path: '/m/certificate',
    name: 'mobile-certificate',
    component: () => import('./mobile/MobileCertificate.vue'),
    meta: { title: 'mobileCertificate', can: 'VOLUNTEER_OWN_PROFILE' },
  },
]
