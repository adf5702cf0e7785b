import type { RouteRecordRaw } from 'vue-router'
import { Tickets } from '@element-plus/icons-vue'

/** Office pages (under the app shell), in the menu's 党建共建 group. */
export const officeRoutes: RouteRecordRaw[] = [
  {
    path: 'party-feedback',
    name: 'party-feedback',
    component: () => import('./office/PartyFeedbackView.vue'),
    meta: {
      title: 'partyFeedback',
      can: 'PARTY_FEEDBACK_READ',
      menu: { icon: Tickets, group: 'partyBuilding', order: 40 },
    },
  },
]
