// The side menu, read from the routes' meta: a page with `meta.menu` is an entry, shown to those who may open it
// (`meta.can`), in `order`, in the main list or the settings submenu.
import type { Component } from 'vue'
import type { RouteMeta, RouteRecordRaw } from 'vue-router'
import type { Permission } from '@/shared/api/types'

export interface MenuItem {
  /** The page's path, also the menu's index. */
  index: string
  /** The route's title key (under `nav`). */
  title: string
  icon?: Component
  testid: string
}

/** Whether a page that needs `needed` (any one of a list) may be opened. */
export function mayOpen(needed: RouteMeta['can'], can: (permission: Permission) => boolean): boolean {
  return needed === undefined || (typeof needed === 'string' ? can(needed) : needed.some(can))
}

export function menuOf(pages: readonly RouteRecordRaw[], can: (permission: Permission) => boolean) {
  const entries = pages
    .filter((r) => r.meta?.menu && mayOpen(r.meta.can, can))
    .sort((a, b) => a.meta!.menu!.order - b.meta!.menu!.order)
  const item = (r: RouteRecordRaw): MenuItem => ({
    index: `/${r.path}`,
    title: r.meta!.title ?? String(r.name),
    icon: r.meta!.menu!.icon,
    testid: `menu-${String(r.name)}`,
  })
  return {
    main: entries.filter((r) => !r.meta!.menu!.group).map(item),
    settings: entries.filter((r) => r.meta!.menu!.group === 'settings').map(item),
    volunteers: entries.filter((r) => r.meta!.menu!.group === 'volunteers').map(item),
    visits: entries.filter((r) => r.meta!.menu!.group === 'visits').map(item),
    partyBuilding: entries.filter((r) => r.meta!.menu!.group === 'partyBuilding').map(item),
  }
}
