// The attendance feature's public surface: the phone home's tiles and the office panel the activity detail shows as
// a tab. Its pages come in through routes.ts.
export { default as AttendanceEntries } from './mobile/AttendanceEntries.vue'
export { default as AttendancePanel } from './office/AttendancePanel.vue'
