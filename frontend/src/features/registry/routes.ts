import type { RouteRecordRaw } from 'vue-router'
import { Document, House, Search } from '@element-plus/icons-vue'

/** Office pages (under the app shell). */
export const officeRoutes: RouteRecordRaw[] = [
  {
    path: 'households',
    name: 'households',
    component: () => import('./office/HouseholdsView.vue'),
    meta: { title: 'households', can: 'REGISTRY_READ', menu: { icon: House, order: 20 } },
  },
  {
    path: 'households/import',
    name: 'registry-import',
    component: () => import('./office/RegistryImportView.vue'),
    meta: { title: 'registryImport', can: 'REGISTRY_IMPORT', parent: 'households' },
  },
  {
    path: 'households/:id(\\d+)',
    name: 'household',
    component: () => import('./office/HouseholdDetailView.vue'),
    props: (route) => ({ id: Number(route.params.id) }),
    meta: { title: 'household', can: 'REGISTRY_READ', parent: ['households', 'residents'] },
  },
  {
    path: 'residents',
    name: 'residents',
    component: () => import('./office/ResidentsView.vue'),
    meta: { title: 'residents', can: 'REGISTRY_READ', menu: { icon: Search, order: 30 } },
  },
  {
    path: 'settings/dictionary',
    name: 'dictionary',
    component: () => import('./office/DictionaryView.vue'),
    meta: { title: 'dictionary', can: 'DICTIONARY_MANAGE', menu: { group: 'settings', order: 20 } },
  },
  {
    path: 'audit',
    name: 'audit',
    component: () => import('./office/AuditView.vue'),
    meta: { title: 'audit', can: 'AUDIT_READ', menu: { icon: Document, order: 70 } },
  },
]

/** Phone pages (/m): finding a household or a resident in the caller's grids, and calling them. */
export const mobileRoutes: RouteRecordRaw[] = [
  {
    path: '/m/registry',
    name: 'mobile-registry',
    component: () => import('./mobile/MobileLookup.vue'),
    meta: { title: 'mobileLookup', can: 'REGISTRY_READ' },
  },
  {
    path: '/m/registry/households/:id(\\d+)',
    name: 'mobile-household',
    component: () => import('./mobile/MobileHousehold.vue'),
    props: (route) => ({ id: Number(route.params.id) }),
    meta: { title: 'mobileHousehold', can: 'REGISTRY_READ' },
  },
  {
    path: '/m/registry/residents/:id(\\d+)',
    name: 'mobile-resident',
    component: () => import('./mobile/MobileResident.vue'),
    props: (route) => ({ id: Number(route.params.id) }),
    meta: { title: 'mobileResident', can: 'REGISTRY_READ' },
  },
]
