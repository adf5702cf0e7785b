// The hours feature's public surface: the ledger panel the volunteer detail shows as a tab, the phone home's tile,
// and the star rules for anyone who shows a star.
export { default as VolunteerLedgerPanel } from './office/VolunteerLedgerPanel.vue'
export { default as HoursEntryTile } from './mobile/HoursEntryTile.vue'
export { hoursOf, starProgress } from './model/hours'
