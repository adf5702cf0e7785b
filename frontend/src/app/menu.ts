// The side menu, read from the routes' meta: a page with `meta.menu` is an entry, shown to those who may open it
// (`meta.can`), in `order`, in the main list or the settings submenu.
import type { Component } from 'vue'
import type { RouteRecordRaw } from 'vue-router'
import type { Permission } from '@/shared/api/types'

export interface MenuItem {
  /** The page's path, also the menu's index. */
  index: string
  /** The route's title key (under `nav`). */
  title: string
  icon?: Component
  testid: string
}

export function menuOf(pages: readonly RouteRecordRaw[], can: (permission: Permission) => boolean) {
  const entries = pages
    .filter((r) => r.meta?.menu && (!r.meta.can || can(r.meta.can)))
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
  }
}
