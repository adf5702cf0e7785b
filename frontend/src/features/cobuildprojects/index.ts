// The co-building projects feature's public surface: the phone home's tile.
export { default as ProjectEntryTile } from './mobile/ProjectEntryTile.vue'
