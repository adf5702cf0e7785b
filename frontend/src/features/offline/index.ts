// The phone's offline layer (issue 17): the device database, the worklist kept on it, the outbox and its sending.
export { offlineCapable } from './capability'
export { enqueue, outboxItems, unsentCount, type OutboxInput } from './outbox'
export { saveProfile, loadProfile, clearDevice } from './profile'
export {
  offlineObligations,
  offlineHousehold,
  offlineHouseholds,
  offlineIssues,
  offlineIssue,
  offlineCodeList,
} from './worklist'
export { sendNow, drain } from './sync'
export { onSynced, type SyncReport, type ConflictChoice } from './sync'
export { CODE_LISTS } from './refresh'
export { deviceId } from './deviceId'
export type { OutboxItem, OutboxPhoto, OutboxState, OutboxKind } from './model/outbox'
export { useOfflineStore } from './store'
export { usePwaStore } from './pwa'
export { default as PhoneStatusStrip } from './mobile/PhoneStatusStrip.vue'
export { signOutOfDevice } from './signOut'
export { rememberWorker } from './signIn'
export { reportDeviceSync, forgetDevice } from './api'
export { worklistFetchedAt, readWithFallback, type WorklistPart, type Fetched } from './freshness'
export { submitThroughOutbox, withdraw, refusalOf, type SubmitOutcome } from './submit'
