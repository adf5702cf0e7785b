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
    meta: { title: 'registryImport', can: 'REGISTRY_IMPORT' },
  },
  {
    path: 'households/:id(\\d+)',
    name: 'household',
    component: () => import('./office/HouseholdDetailView.vue'),
    props: (route) => ({ id: Number(route.params.id) }),
    meta: { title: 'household', can: 'REGISTRY_READ' },
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
