import type { RouteRecordRaw } from 'vue-router'
import { TrendCharts } from '@element-plus/icons-vue'

/** Office pages (under the app shell), in the 志愿服务 menu group. */
export const officeRoutes: RouteRecordRaw[] = [
  {
    path: 'volunteers/stats',
    name: 'volunteer-stats',
    component: () => import('./office/VolunteerStatsView.vue'),
    meta: {
      title: 'volunteerStats',
      can: 'VOLUNTEER_STATS_READ',
      menu: { icon: TrendCharts, group: 'volunteers', order: 90 },
    },
  },
]
