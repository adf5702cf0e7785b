/**
 * Whether this browser can keep data and the app on the device: a service worker and IndexedDB. Some in-app
 * browsers and private windows offer neither; there the app says it works online only and never queues a write.
 */
export function offlineCapable(
  nav: Partial<Pick<Navigator, 'serviceWorker'>> = navigator,
  idb: unknown = globalThis.indexedDB,
): boolean {
  return !!nav.serviceWorker && !!idb && window.isSecureContext !== false
}
