import type { RouteRecordRaw } from 'vue-router'
import { DataAnalysis } from '@element-plus/icons-vue'

/** Office pages (under the app shell), in the 党建共建 menu group. */
export const officeRoutes: RouteRecordRaw[] = [
  {
    path: 'party-building/stats',
    name: 'party-building-stats',
    component: () => import('./office/PartyBuildingStatsView.vue'),
    meta: {
      title: 'partyBuildingStats',
      can: 'PARTY_BUILDING_STATS_READ',
      menu: { icon: DataAnalysis, group: 'partyBuilding', order: 90 },
    },
  },
]
