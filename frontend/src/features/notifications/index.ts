// The notifications feature's public surface: the office header's bell and the phone home's entry.
export { default as NotificationBell } from './office/NotificationBell.vue'
export { default as NotificationEntry } from './mobile/NotificationEntry.vue'
