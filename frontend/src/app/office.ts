// The office's component library comes with the first office page: Element Plus (components registered globally,
// its stylesheet, its messages following the UI language) is installed when a route under the office shell (meta
// `office`) is first entered, so that the phone pages (/m) never download it.
import type { App } from 'vue'
import type { Router } from 'vue-router'

declare module 'vue-router' {
  interface RouteMeta {
    /** The page (and its children) is drawn with Element Plus: it is installed before the page is entered. */
    office?: boolean
  }
}

let installed: Promise<void> | undefined

/** Installs Element Plus on `app` once (again after a failed download). */
export function installOffice(app: App): Promise<void> {
  installed ??= import('./officeLibrary').then(
    ({ install }) => install(app),
    (e: unknown) => {
      installed = undefined
      throw e
    },
  )
  return installed
}

/** Lets `router` install Element Plus on `app` before the first office page. */
export function officeOnDemand(app: App, router: Router): void {
  router.beforeEach(async (to) => {
    if (to.matched.some((record) => record.meta.office)) await installOffice(app)
  })
}
