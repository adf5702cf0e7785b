import type { RouteRecordRaw } from 'vue-router'
import { Flag } from '@element-plus/icons-vue'

/** Office pages (under the app shell), in the menu's 党建共建 group. */
export const officeRoutes: RouteRecordRaw[] = [
  {
    path: 'cobuild-projects',
    name: 'cobuild-projects',
    component: () => import('./office/ProjectBoardView.vue'),
    meta: {
      title: 'cobuildProjects',
      can: 'COBUILD_PROJECTS_READ',
      menu: { icon: Flag, group: 'partyBuilding', order: 70 },
    },
  },
]

/** Phone pages (/m) of a unit liaison: the open projects and its unit's, one project. */
export const mobileRoutes: RouteRecordRaw[] = [
  {
    path: '/m/projects',
    name: 'mobile-projects',
    component: () => import('./mobile/ProjectHall.vue'),
    meta: { title: 'mobileProjects', can: 'COBUILD_PROJECTS_CLAIM' },
  },
  {
    path: '/m/projects/:id(\\d+)',
    name: 'mobile-project',
    component: () => import('./mobile/ProjectCard.vue'),
    props: (route) => ({ id: Number(route.params.id) }),
    meta: { title: 'mobileProject', can: 'COBUILD_PROJECTS_CLAIM' },
  },
]
