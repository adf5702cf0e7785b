// The co-building lists feature's public surface: the needs raised from an issue (for its detail) and the phone
// home's tile for a unit liaison.
export { default as IssueNeeds } from './office/IssueNeeds.vue'
export { default as UnitResourcesTile } from './mobile/UnitResourcesTile.vue'
