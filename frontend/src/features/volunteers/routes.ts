import type { RouteRecordRaw } from 'vue-router'
import { Avatar, Flag } from '@element-plus/icons-vue'

/** Office pages (under the app shell), in the menu's 志愿服务 group. */
export const officeRoutes: RouteRecordRaw[] = [
  {
    path: 'volunteers',
    name: 'volunteers',
    component: () => import('./office/VolunteersView.vue'),
    meta: { title: 'volunteers', can: 'VOLUNTEERS_READ', menu: { icon: Avatar, group: 'volunteers', order: 10 } },
  },
  {
    path: 'volunteers/:id(\\d+)',
    name: 'volunteer',
    component: () => import('./office/VolunteerDetailView.vue'),
    props: (route) => ({ id: Number(route.params.id) }),
    meta: { title: 'volunteer', can: 'VOLUNTEERS_READ', parent: ['volunteers', 'volunteer-teams'] },
  },
  {
    path: 'volunteer-teams',
    name: 'volunteer-teams',
    component: () => import('./office/VolunteerTeamsView.vue'),
    meta: { title: 'volunteerTeams', can: 'VOLUNTEERS_READ', menu: { icon: Flag, group: 'volunteers', order: 20 } },
  },
  {
    path: 'volunteer-teams/:id(\\d+)',
    name: 'volunteer-team',
    component: () => import('./office/VolunteerTeamDetailView.vue'),
    props: (route) => ({ id: Number(route.params.id) }),
    meta: { title: 'volunteerTeam', can: 'VOLUNTEERS_READ', parent: 'volunteer-teams' },
  },
]

/** Phone pages (/m). */
export const mobileRoutes: RouteRecordRaw[] = [
  {
    path: '/m/volunteer',
    name: 'mobile-volunteer',
    component: () => import('./mobile/MyVolunteerView.vue'),
    meta: { title: 'myVolunteer', can: 'VOLUNTEER_OWN_PROFILE' },
  },
]
