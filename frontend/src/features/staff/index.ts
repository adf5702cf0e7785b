// The staff feature's public surface: what other features use of it. Everything else in this folder is its own.
export { listStaff } from './api'
export { default as AreaScopePicker } from './office/AreaScopePicker.vue'
export { useRoleScope } from './office/roleScope'
export { default as TemporaryPasswordDialog } from './office/TemporaryPasswordDialog.vue'
