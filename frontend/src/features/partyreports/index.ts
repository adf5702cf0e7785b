// The party reports feature's public surface: the phone home's tile.
export { default as PartyReportEntryTile } from './mobile/PartyReportEntryTile.vue'
