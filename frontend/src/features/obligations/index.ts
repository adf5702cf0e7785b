// The visit obligations feature's public surface: what other features and the app use of it.
export { listObligations, listMyObligations, getObligation } from './api'
export { dueDistance, stateColour, stateLabelKey } from './model/obligation'
export { default as HouseholdObligations } from './office/HouseholdObligations.vue'
export { default as ObligationStateTag } from './office/ObligationStateTag.vue'
