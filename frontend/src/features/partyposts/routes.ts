import type { RouteRecordRaw } from 'vue-router'
import { Flag, Stamp } from '@element-plus/icons-vue'

/** Office pages (under the app shell), in the menu's 党建共建 group. */
export const officeRoutes: RouteRecordRaw[] = [
  {
    path: 'party-posts',
    name: 'party-posts',
    component: () => import('./office/PartyPostsView.vue'),
    meta: { title: 'partyPosts', can: 'PARTY_POSTS_READ', menu: { icon: Flag, group: 'partyBuilding', order: 20 } },
  },
  {
    path: 'party-service',
    name: 'party-service',
    component: () => import('./office/PartyServiceVerifyView.vue'),
    meta: {
      title: 'partyServiceVerify',
      can: 'PARTY_SERVICE_VERIFY',
      menu: { icon: Stamp, group: 'partyBuilding', order: 25 },
    },
  },
]

/** Phone pages (/m) of a reported party member: their community's posts and theirs, and logging service. */
export const mobileRoutes: RouteRecordRaw[] = [
  {
    path: '/m/party/posts',
    name: 'mobile-party-posts',
    component: () => import('./mobile/PartyPostsPhone.vue'),
    meta: { title: 'mobilePartyPosts', can: 'PARTY_POSTS_CLAIM' },
  },
  {
    path: '/m/party/posts/:claimId(\\d+)/service',
    name: 'mobile-party-service-new',
    component: () => import('./mobile/PartyServiceNew.vue'),
    props: (route) => ({ claimId: Number(route.params.claimId) }),
    meta: { title: 'mobilePartyPosts', can: 'PARTY_POSTS_CLAIM' },
  },
]
