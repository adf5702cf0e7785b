import { createRouter, createWebHistory, type RouteRecordRaw, type Router } from 'vue-router'
import type { Role } from '@/shared/api/types'
import type { MessageSchema } from '@/shared/i18n'
import { CALENDAR_READERS, ISSUE_READERS, REGISTRY_READERS, REGISTRY_WRITERS, TALK_DAY_READERS } from '@/shared/auth/permissions'
import { MOBILE_ISSUE_ROLES } from '@/features/issues/mobile/roles'

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key under `nav` for the breadcrumb and the document title. */
    title?: keyof MessageSchema['nav']
    /** The user needs one of these roles; otherwise the forbidden page is shown. */
    roles?: Role[]
  }
}

export const routes: RouteRecordRaw[] = [
  {
    path: '/',
    component: () => import('@/app/layouts/AppShell.vue'),
    children: [
      { path: '', redirect: { name: 'areas' } },
      {
        path: 'areas',
        name: 'areas',
        component: () => import('@/features/areas/office/AreasView.vue'),
        meta: { title: 'areas' },
      },
      {
        path: 'staff',
        name: 'staff',
        component: () => import('@/features/staff/office/StaffView.vue'),
        meta: { title: 'staff', roles: ['street-admin'] },
      },
      {
        path: 'api-clients',
        name: 'api-clients',
        component: () => import('@/features/apiclients/office/ApiClientsView.vue'),
        meta: { title: 'apiClients', roles: ['street-admin'] },
      },
      {
        path: 'households',
        name: 'households',
        component: () => import('@/features/registry/office/HouseholdsView.vue'),
        meta: { title: 'households', roles: REGISTRY_READERS },
      },
      {
        path: 'households/import',
        name: 'registry-import',
        component: () => import('@/features/registry/office/RegistryImportView.vue'),
        meta: { title: 'registryImport', roles: REGISTRY_WRITERS },
      },
      {
        path: 'households/:id(\\d+)',
        name: 'household',
        component: () => import('@/features/registry/office/HouseholdDetailView.vue'),
        props: (route) => ({ id: Number(route.params.id) }),
        meta: { title: 'household', roles: REGISTRY_READERS },
      },
      {
        path: 'residents',
        name: 'residents',
        component: () => import('@/features/registry/office/ResidentsView.vue'),
        meta: { title: 'residents', roles: REGISTRY_READERS },
      },
      {
        path: 'audit',
        name: 'audit',
        component: () => import('@/features/registry/office/AuditView.vue'),
        meta: { title: 'audit', roles: REGISTRY_WRITERS },
      },
      {
        path: 'talk-days',
        name: 'talk-days',
        component: () => import('@/features/talkdays/office/TalkDaysView.vue'),
        meta: { title: 'talkDays', roles: TALK_DAY_READERS },
      },
      {
        path: 'talk-days/:id(\\d+)',
        name: 'talk-day',
        component: () => import('@/features/talkdays/office/TalkDayDetailView.vue'),
        props: (route) => ({ id: Number(route.params.id) }),
        meta: { title: 'talkDay', roles: TALK_DAY_READERS },
      },
      {
        path: 'issues',
        name: 'issues',
        component: () => import('@/features/issues/office/IssuesView.vue'),
        meta: { title: 'issues', roles: ISSUE_READERS },
      },
      {
        path: 'issues/stats',
        name: 'issue-stats',
        component: () => import('@/features/issues/office/IssueStatsView.vue'),
        meta: { title: 'issueStats', roles: ISSUE_READERS },
      },
      {
        path: 'issues/:id(\\d+)',
        name: 'issue',
        component: () => import('@/features/issues/office/IssueDetailView.vue'),
        props: (route) => ({ id: Number(route.params.id) }),
        meta: { title: 'issue', roles: ISSUE_READERS },
      },
      {
        path: 'settings/issue-categories',
        name: 'issue-categories',
        component: () => import('@/features/issues/office/IssueCategoriesView.vue'),
        meta: { title: 'issueCategories', roles: ['street-admin'] },
      },
      {
        path: 'settings/calendar',
        name: 'working-calendar',
        component: () => import('@/features/calendar/office/WorkingCalendarView.vue'),
        meta: { title: 'workingCalendar', roles: CALENDAR_READERS },
      },
      {
        path: 'forbidden',
        name: 'forbidden',
        component: () => import('@/app/views/ForbiddenView.vue'),
        meta: { title: 'forbidden' },
      },
      {
        path: ':pathMatch(.*)*',
        name: 'not-found',
        component: () => import('@/app/views/NotFoundView.vue'),
        meta: { title: 'notFound' },
      },
    ],
  },
  {
    path: '/m',
    name: 'mobile',
    component: () => import('@/app/mobile/MobileHome.vue'),
    meta: { title: 'mobile' },
  },
  {
    path: '/m/issues',
    name: 'mobile-issues',
    component: () => import('@/features/issues/mobile/MobileIssues.vue'),
    meta: { title: 'mobileIssues', roles: MOBILE_ISSUE_ROLES },
  },
  {
    path: '/m/issues/new',
    name: 'mobile-issue-new',
    component: () => import('@/features/issues/mobile/MobileIssueNew.vue'),
    meta: { title: 'mobileIssueNew', roles: MOBILE_ISSUE_ROLES },
  },
  {
    path: '/m/issues/:id(\\d+)',
    name: 'mobile-issue',
    component: () => import('@/features/issues/mobile/MobileIssueDetail.vue'),
    props: (route) => ({ id: Number(route.params.id) }),
    meta: { title: 'mobileIssue', roles: MOBILE_ISSUE_ROLES },
  },
]

/** Builds the router; `currentRoles` tells the guard what the signed-in user holds. */
export function createAppRouter(currentRoles: () => readonly string[], history = createWebHistory()): Router {
  const router = createRouter({ history, routes })
  router.beforeEach((to) => {
    const needed = to.meta.roles
    if (needed && !needed.some((r) => currentRoles().includes(r))) {
      return { name: 'forbidden', query: { from: to.fullPath } }
    }
    return true
  })
  return router
}
