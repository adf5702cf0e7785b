// The bulk reassignment feature's public surface: the dialog (the pairings page places a button for it).
export { default as ReassignDialog } from './office/ReassignDialog.vue'
