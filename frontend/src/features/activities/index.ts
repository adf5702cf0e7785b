// The activities feature's public surface; its pages come in through routes.ts. The lead adds the other volunteer
// features' tabs to ActivityDetailView.
export { getActivity } from './api'
export { default as ActivityStatusTag } from './office/ActivityStatusTag.vue'
export { default as LedActivitiesEntry } from './mobile/LedActivitiesEntry.vue'
