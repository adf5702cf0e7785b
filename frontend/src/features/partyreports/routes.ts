import type { RouteRecordRaw } from 'vue-router'
import { Flag } from '@element-plus/icons-vue'

/** Office pages (under the app shell), in the menu's 党建共建 group. */
export const officeRoutes: RouteRecordRaw[] = [
  {
    path: 'party-reports',
    name: 'party-reports',
    component: () => import('./office/PartyReportsView.vue'),
    meta: { title: 'partyReports', can: 'PARTY_REPORTS_READ', menu: { icon: Flag, group: 'partyBuilding', order: 10 } },
  },
]

/** Phone pages (/m) of a member's volunteer account: its own report. */
export const mobileRoutes: RouteRecordRaw[] = [
  {
    path: '/m/party/report',
    name: 'mobile-party-report',
    component: () => import('./mobile/MyPartyReport.vue'),
    meta: { title: 'mobilePartyReport', can: 'PARTY_REPORT_OWN' },
  },
]
