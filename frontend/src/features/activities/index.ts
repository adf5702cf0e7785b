// The activities feature's public surface; its pages come in through routes.ts. Its sign-ups panel is a tab of
// the activity detail.
export { getActivity } from './api'
export { default as ActivityStatusTag } from './office/ActivityStatusTag.vue'
export { default as LedActivitiesEntry } from './mobile/LedActivitiesEntry.vue'
export { default as SignUpsPanel } from './office/SignUpsPanel.vue'
export { default as VolunteerSignUpsPanel } from './office/VolunteerSignUpsPanel.vue'
export { default as SignUpEntry } from './mobile/SignUpEntry.vue'
