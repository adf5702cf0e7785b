import { createRouter, createWebHistory, type RouteRecordRaw, type Router } from 'vue-router'
import type { Role } from '@/api/types'
import type { MessageSchema } from '@/i18n'
import { REGISTRY_READERS, REGISTRY_WRITERS } from '@/auth/permissions'

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
    component: () => import('@/layouts/AppShell.vue'),
    children: [
      { path: '', redirect: { name: 'areas' } },
      {
        path: 'areas',
        name: 'areas',
        component: () => import('@/views/AreasView.vue'),
        meta: { title: 'areas' },
      },
      {
        path: 'staff',
        name: 'staff',
        component: () => import('@/views/StaffView.vue'),
        meta: { title: 'staff', roles: ['street-admin'] },
      },
      {
        path: 'households',
        name: 'households',
        component: () => import('@/views/HouseholdsView.vue'),
        meta: { title: 'households', roles: REGISTRY_READERS },
      },
      {
        path: 'households/import',
        name: 'registry-import',
        component: () => import('@/views/RegistryImportView.vue'),
        meta: { title: 'registryImport', roles: REGISTRY_WRITERS },
      },
      {
        path: 'households/:id(\\d+)',
        name: 'household',
        component: () => import('@/views/HouseholdDetailView.vue'),
        props: (route) => ({ id: Number(route.params.id) }),
        meta: { title: 'household', roles: REGISTRY_READERS },
      },
      {
        path: 'residents',
        name: 'residents',
        component: () => import('@/views/ResidentsView.vue'),
        meta: { title: 'residents', roles: REGISTRY_READERS },
      },
      {
        path: 'audit',
        name: 'audit',
        component: () => import('@/views/AuditView.vue'),
        meta: { title: 'audit', roles: REGISTRY_WRITERS },
      },
      {
        path: 'forbidden',
        name: 'forbidden',
        component: () => import('@/views/ForbiddenView.vue'),
        meta: { title: 'forbidden' },
      },
      {
        path: ':pathMatch(.*)*',
        name: 'not-found',
        component: () => import('@/views/NotFoundView.vue'),
        meta: { title: 'notFound' },
      },
    ],
  },
  {
    path: '/m',
    name: 'mobile',
    component: () => import('@/views/mobile/MobileHome.vue'),
    meta: { title: 'mobile' },
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
