// The pairings feature's public surface: what other features and the app use of it.
export { listHouseholdPairings } from './api'
export { default as HouseholdPairings } from './office/HouseholdPairings.vue'
