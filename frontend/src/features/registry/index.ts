// The registry's public surface: what other features use of it. Everything else in this folder is its own.
export { householdMembers, searchHouseholds, searchResidents } from './api'
export { default as HouseholdSelect } from './office/HouseholdSelect.vue'
export { default as MaskedValue } from './office/MaskedValue.vue'
export { default as RegistryLookupEntry } from './mobile/RegistryLookupEntry.vue'
export { default as RevealCell } from './mobile/RevealCell.vue'
export { REASON_MAX, reasonProblem } from './reveal'
