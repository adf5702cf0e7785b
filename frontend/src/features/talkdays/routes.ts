import type { RouteRecordRaw } from 'vue-router'
import { Calendar } from '@element-plus/icons-vue'

/** Office pages (under the app shell). */
export const officeRoutes: RouteRecordRaw[] = [
  {
    path: 'talk-days',
    name: 'talk-days',
    component: () => import('./office/TalkDaysView.vue'),
    meta: { title: 'talkDays', can: 'TALK_DAYS_READ', menu: { icon: Calendar, order: 40 } },
  },
  {
    path: 'talk-days/:id(\\d+)',
    name: 'talk-day',
    component: () => import('./office/TalkDayDetailView.vue'),
    props: (route) => ({ id: Number(route.params.id) }),
    meta: { title: 'talkDay', can: 'TALK_DAYS_READ', parent: 'talk-days' },
  },
]
