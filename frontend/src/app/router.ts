// The routes of every feature (each feature's routes.ts) under the office shell or as phone pages, and the one guard:
// a page whose meta names a capability the user lacks shows the forbidden page. The side menu is read from the same
// meta (menu.ts), so who may see a page is said once, here in the routes.
import type { Component } from 'vue'
import {
  createRouter,
  createWebHistory,
  type RouteLocationNormalized,
  type RouteLocationRaw,
  type RouteRecordRaw,
  type Router,
} from 'vue-router'
import type { MessageSchema } from '@/shared/i18n'
import type { Permission } from '@/shared/api/types'
import { mayOpen } from './menu'
import { officeRoutes as areas } from '@/features/areas/routes'
import { officeRoutes as staff } from '@/features/staff/routes'
import { officeRoutes as apiClients } from '@/features/apiclients/routes'
import { mobileRoutes as mobileRegistry, officeRoutes as registry } from '@/features/registry/routes'
import { officeRoutes as talkDays } from '@/features/talkdays/routes'
import { mobileRoutes as mobileIssues, officeRoutes as issues } from '@/features/issues/routes'
import { officeRoutes as calendar } from '@/features/calendar/routes'
import { officeRoutes as workbench } from '@/features/workbench/routes'
import { mobileRoutes as mobileNotifications, officeRoutes as notifications } from '@/features/notifications/routes'
import { mobileRoutes as mobileVolunteers, officeRoutes as volunteers } from '@/features/volunteers/routes'
import {
  mobileRoutes as mobileActivities,
  officeRoutes as activities,
  signUpMobileRoutes as mobileSignUps,
} from '@/features/activities/routes'
import { officeRoutes as volunteerStats } from '@/features/volunteerstats/routes'
import { officeRoutes as visitCoverage } from '@/features/visitcoverage/routes'
import { officeRoutes as partyBuildingStats } from '@/features/partybuildingstats/routes'
import { mobileRoutes as mobileAttendance } from '@/features/attendance/routes'
import { mobileRoutes as mobileHours, officeRoutes as hours } from '@/features/hours/routes'
import { officeRoutes as visitRules } from '@/features/visitrules/routes'
import { officeRoutes as visits } from '@/features/visits/routes'
import { mobileRoutes as mobileCertificates, officeRoutes as certificates } from '@/features/certificates/routes'
import { officeRoutes as pairings } from '@/features/pairings/routes'
import { officeRoutes as reassignments } from '@/features/reassignments/routes'
import { mobileRoutes as mobileVisitPhone } from '@/features/visitphone/routes'
import { mobileRoutes as mobileOffline } from '@/features/offline/routes'
import { mobileRoutes as mobileCobuildUnits, officeRoutes as cobuildUnits } from '@/features/cobuildunits/routes'
import { mobileRoutes as mobilePartyReports, officeRoutes as partyReports } from '@/features/partyreports/routes'
import { mobileRoutes as mobilePartyPosts, officeRoutes as partyPosts } from '@/features/partyposts/routes'
import { officeRoutes as partyFeedback } from '@/features/partyfeedback/routes'
import { mobileRoutes as mobileCoBuildLists, officeRoutes as coBuildLists } from '@/features/cobuildlists/routes'
import { mobileRoutes as mobileWishes, officeRoutes as wishes } from '@/features/wishes/routes'
import { mobileRoutes as mobileProjects, officeRoutes as cobuildProjects } from '@/features/cobuildprojects/routes'

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key under `nav` for the menu, the breadcrumb and the document title. */
    title?: keyof MessageSchema['nav']
    /**
     * The capability the page needs (of a list, any one); without it the forbidden page is shown (and the menu leaves
     * it out).
     */
    can?: Permission | readonly Permission[]
    /** A side-menu entry: its icon, its group (the settings submenu) and its place (ascending). */
    menu?: { icon?: Component; group?: 'settings' | 'volunteers' | 'visits' | 'partyBuilding'; order: number }
    /**
     * The list route(s) a detail page is reached from: its breadcrumb leads back to the one seen last, with the
     * filters, sort and page it was left at.
     */
    parent?: string | string[]
  }
}

/** The office pages, inside the app shell (relative paths under /). */
export const shellRoutes: RouteRecordRaw[] = [
  { path: '', redirect: { name: 'workbench' } },
  ...workbench,
  ...areas,
  ...registry,
  ...talkDays,
  ...issues,
  ...calendar,
  ...staff,
  ...apiClients,
  ...notifications,
  ...volunteers,
  ...activities,
  ...volunteerStats,
  ...visitCoverage,
  ...partyBuildingStats,
  ...hours,
  ...visitRules,
  ...certificates,
  ...visits,
  ...pairings,
  ...reassignments,
  ...cobuildUnits,
  ...partyReports,
  ...partyPosts,
  ...partyFeedback,
  ...coBuildLists,
  ...wishes,
  ...cobuildProjects,
  {
    path: 'forbidden',
    name: 'forbidden',
    component: () => import('./views/ForbiddenView.vue'),
    meta: { title: 'forbidden' },
  },
  {
    path: ':pathMatch(.*)*',
    name: 'not-found',
    component: () => import('./views/NotFoundView.vue'),
    meta: { title: 'notFound' },
  },
]

export const routes: RouteRecordRaw[] = [
  { path: '/', component: () => import('./layouts/AppShell.vue'), children: shellRoutes, meta: { office: true } },
  {
    path: '/m',
    name: 'mobile',
    component: () => import('./mobile/MobileHome.vue'),
    meta: { title: 'mobile' },
  },
  ...mobileIssues,
  ...mobileRegistry,
  ...mobileNotifications,
  ...mobileVolunteers,
  ...mobileActivities,
  ...mobileSignUps,
  ...mobileAttendance,
  ...mobileHours,
  ...mobileCertificates,
  ...mobileVisitPhone,
  ...mobileCobuildUnits,
  ...mobilePartyReports,
  ...mobilePartyPosts,
  ...mobileCoBuildLists,
  ...mobileWishes,
  ...mobileProjects,
  ...mobileOffline,
]

/** Where a navigation to `to` goes instead when the user may not open it (the forbidden page), else true. */
export function guard(
  to: Pick<RouteLocationNormalized, 'meta' | 'fullPath'>,
  can: (permission: Permission) => boolean,
): true | RouteLocationRaw {
  return mayOpen(to.meta.can, can) ? true : { name: 'forbidden', query: { from: to.fullPath } }
}

/** Builds the router; `can` answers for the signed-in user (the session's one question). */
export function createAppRouter(can: (permission: Permission) => boolean, history = createWebHistory()): Router {
  const router = createRouter({ history, routes })
  router.beforeEach((to) => guard(to, can))
  return router
}
