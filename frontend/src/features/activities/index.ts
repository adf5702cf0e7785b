// The activities feature's public surface (sign-ups part; vol-activities adds the activity pages' exports).
export { default as SignUpsPanel } from './office/SignUpsPanel.vue'
export { default as SignUpEntry } from './mobile/SignUpEntry.vue'
