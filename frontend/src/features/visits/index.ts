// The visits feature's public surface: the household page's visit history, and the API and pure model the phone's
// visit screens (features/visitphone) record visits with.
export { default as HouseholdVisits } from './office/HouseholdVisits.vue'
export {
  addVisitPhoto,
  getVisit,
  listVisits,
  raiseVisitIssue,
  recordVisit,
  visitPhotoUrl,
  type VisitFilter,
} from './api'
export {
  LOCATION_MISSING_REASONS,
  VISIT_MODES,
  VISIT_OUTCOMES,
  buildVisitCreate,
  countingNote,
  isRemote,
  locationPart,
  type CountingNote,
  type DevicePosition,
  type VisitForm,
} from './model/visits'
