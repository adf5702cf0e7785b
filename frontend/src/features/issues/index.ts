// The issues feature's public surface: what other features (and the app) use of it. Everything else in this folder
// is its own.
export { createIssue, getAttention, listIssues } from './api'
export { locationInput, reporterInput, type LocationDraft, type ReporterDraft } from './model/drafts'
export { urgencyKey } from './model/labels'
export { ISSUE_URGENCIES } from './model/states'
export { default as CategorySelect } from './office/CategorySelect.vue'
export { default as IssueTable } from './office/IssueTable.vue'
export { default as LocationFields } from './office/LocationFields.vue'
export { default as ReporterFields } from './office/ReporterFields.vue'
export { default as StaffSelect } from './office/StaffSelect.vue'
export { default as IssueEntries } from './mobile/IssueEntries.vue'
export { preparePhoto } from './mobile/image'
export { default as TeamIssueEntries } from './mobile/TeamIssueEntries.vue'
