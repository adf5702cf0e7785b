// The co-building units feature's public surface: what other features and the app use of it.
export { default as CoBuildUnitSelect } from './office/CoBuildUnitSelect.vue'
export { default as MyUnitEntry } from './mobile/MyUnitEntry.vue'
