// Short names for the generated OpenAPI types (src/api/schema.d.ts); nothing here is written by hand.
import type { components } from './schema'

type Schemas = components['schemas']

export type PublicConfig = Schemas['PublicConfig']
export type Me = Schemas['Me']
export type AreaNode = Schemas['AreaNode']
export type AreaLevel = Schemas['AreaLevel']
export type AreaSummaryPage = Schemas['PageResultAreaSummary']
export type AreaSummary = Schemas['AreaSummary']
export type AreaDetail = Schemas['AreaDetail']
export type AreaRef = Schemas['AreaRef']
export type StaffRef = Schemas['StaffRef']
export type AreaCreate = Schemas['AreaCreate']
export type AreaUpdate = Schemas['AreaUpdate']
export type StaffPage = Schemas['PageResultStaffView']
export type Staff = Schemas['Staff']
export type Role = Schemas['StaffRole']
export type StaffCreate = Schemas['StaffCreate']
export type StaffCreated = Schemas['StaffCreated']
export type StaffUpdate = Schemas['StaffUpdate']

// registry
export type DictionaryCategory = Schemas['DictionaryCategory']
export type DictionaryEntry = Schemas['DictionaryEntry']
export type RecordStatus = Schemas['RecordStatus']
export type RevealField = Schemas['RevealField']
export type MoveOut = Schemas['MoveOut']
export type HouseholdSummary = Schemas['HouseholdSummary']
export type HouseholdPage = Schemas['PageResultHouseholdSummary']
export type HouseholdDetail = Schemas['HouseholdDetail']
export type HouseholdCreate = Schemas['HouseholdCreate']
export type HouseholdUpdate = Schemas['HouseholdUpdate']
export type HouseholdEvent = Schemas['HouseholdEventView']
export type HouseholdEventKind = Schemas['Kind']
export type ResidentSummary = Schemas['ResidentSummary']
export type ResidentPage = Schemas['ResidentPage']
export type ResidentDetail = Schemas['ResidentDetail']
export type ResidentCreate = Schemas['ResidentCreate']
export type ResidentUpdate = Schemas['ResidentUpdate']
export type RegistryStats = Schemas['RegistryStats']
export type GridCount = Schemas['GridCount']
export type CodeCount = Schemas['CodeCount']
export type AuditAction = Schemas['Action']
export type AuditEntry = Schemas['AuditEntryView']
export type AuditPage = Schemas['PageResultAuditEntryView']
export type ImportReport = Schemas['ImportReport']
export type ImportError = Schemas['ImportError']

export const ROLES = [
  'street-admin',
  'community-staff',
  'grid-worker',
  'volunteer',
  'unit-liaison',
  'viewer',
] as const satisfies readonly Role[]

export const AREA_LEVELS = ['SUB_DISTRICT', 'COMMUNITY', 'GRID', 'BUILDING'] as const satisfies readonly AreaLevel[]

export const RECORD_STATUSES = ['ACTIVE', 'MOVED_OUT'] as const satisfies readonly RecordStatus[]
export const AUDIT_ACTIONS = ['REVEAL_ID_CARD', 'REVEAL_PHONE', 'EXPORT', 'IMPORT'] as const satisfies readonly AuditAction[]
