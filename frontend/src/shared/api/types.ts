// Short names for the generated OpenAPI types (src/api/schema.d.ts); nothing here is written by hand.
import type { components } from '@/api/schema'

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
export type ApiClient = Schemas['ApiClient']
export type ApiClientPage = Schemas['PageResultApiClientView']
export type ApiClientCreate = Schemas['ApiClientCreate']
export type ApiClientUpdate = Schemas['ApiClientUpdate']
export type ApiClientCreated = Schemas['ApiClientCreated']
export type ApiClientCredentials = Schemas['ApiClientCredentials']

// registry
export type DictionaryCategory = Schemas['DictionaryCategory']
export type DictionaryEntry = Schemas['DictionaryEntry']
export type RecordStatus = Schemas['RecordStatus']
export type RevealField = Schemas['RevealField']
export type MoveOut = Schemas['MoveOut']
export type HouseholdMove = Schemas['HouseholdMove']
export type ResidentMove = Schemas['ResidentMove']
export type HouseholdSummary = Schemas['HouseholdSummary']
export type HouseholdPage = Schemas['PageResultHouseholdSummary']
export type HouseholdDetail = Schemas['HouseholdDetail']
export type HouseholdCreate = Schemas['HouseholdCreate']
export type HouseholdUpdate = Schemas['HouseholdUpdate']
export type HouseholdEvent = Schemas['HouseholdEventView']
export type HouseholdEventKind = Schemas['HouseholdEventKind']
export type ResidentSummary = Schemas['ResidentSummary']
export type ResidentPage = Schemas['ResidentPage']
export type ResidentDetail = Schemas['ResidentDetail']
export type ResidentCreate = Schemas['ResidentCreate']
export type ResidentUpdate = Schemas['ResidentUpdate']
export type RegistryStats = Schemas['RegistryStats']
export type GridCount = Schemas['GridCount']
export type CodeCount = Schemas['CodeCount']
export type AuditAction = Schemas['AuditAction']
export type AuditEntry = Schemas['AuditEntryView']
export type AuditPage = Schemas['PageResultAuditEntryView']
export type ImportReport = Schemas['ImportReport']
export type ImportError = Schemas['ImportError']

// talk days and issues
export type TalkDayStatus = Schemas['TalkDayStatus']
export type TalkDaySummary = Schemas['TalkDaySummary']
export type TalkDayPage = Schemas['PageResultTalkDaySummary']
export type TalkDayDetail = Schemas['TalkDayDetail']
export type TalkDayCreate = Schemas['TalkDayCreate']
export type TalkDayUpdate = Schemas['TalkDayUpdate']
export type IssueStatus = Schemas['IssueStatus']
export type IssueWarning = Schemas['IssueWarning']
export type IssueUrgency = Schemas['IssueUrgency']
export type IssueChannel = Schemas['IssueChannel']
export type IssueAction = Schemas['IssueAction']
export type IssueEventType = Schemas['IssueEventType']
export type IssueSummary = Schemas['IssueSummary']
export type IssuePage = Schemas['PageResultIssueSummary']
export type IssueDetail = Schemas['IssueDetail']
export type IssueEvent = Schemas['IssueEventView']
export type IssueExtension = Schemas['IssueExtensionView']
export type IssueExtensionStatus = Schemas['IssueExtensionStatus']
export type IssuePhoto = Schemas['IssuePhotoView']
export type IssueCreate = Schemas['IssueCreate']
export type IssueUpdate = Schemas['IssueUpdate']
export type IssueLocationInput = Schemas['IssueLocationInput']
export type IssueReporterInput = Schemas['IssueReporterInput']
export type IssueAttention = Schemas['IssueAttention']
export type IssueCategory = Schemas['IssueCategoryView']
export type IssueCategoryInput = Schemas['IssueCategoryInput']
export type IssueStats = Schemas['IssueStats']
export type IssueStatsRow = Schemas['IssueStatsRow']
export type IssueMetrics = Schemas['IssueMetrics']
export type Satisfaction = Schemas['Satisfaction']
export type IssueStaffRef = Schemas['IssueStaffRef']

// working calendar
export type CalendarYear = Schemas['CalendarYear']
export type CalendarYearSummary = Schemas['CalendarYearSummary']
export type CalendarYearUpdate = Schemas['CalendarYearUpdate']
export type CalendarDay = Schemas['CalendarDay']
export type CalendarDayKind = Schemas['CalendarDayKind']
export type CalendarSubDistrict = Schemas['CalendarSubDistrict']

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
export const AUDIT_ACTIONS = [
  'REVEAL_ID_CARD',
  'REVEAL_PHONE',
  'EXPORT',
  'IMPORT',
  'UPDATE_CALENDAR',
  'API_CLIENT_CREATE',
  'API_CLIENT_UPDATE',
  'API_CLIENT_ROTATE_SECRET',
  'API_CLIENT_DISABLE',
  'API_CLIENT_ENABLE',
] as const satisfies readonly AuditAction[]

export const TALK_DAY_STATUSES = ['PLANNED', 'HELD', 'CANCELLED'] as const satisfies readonly TalkDayStatus[]
export const ISSUE_STATUSES = [
  'RECEIVED',
  'ACCEPTED',
  'REJECTED',
  'ASSIGNED',
  'IN_PROGRESS',
  'RESOLVED',
  'CLOSED',
] as const satisfies readonly IssueStatus[]
/** Open = the clock runs (the deadline marks apply). */
export const OPEN_ISSUE_STATUSES = ['RECEIVED', 'ACCEPTED', 'ASSIGNED', 'IN_PROGRESS'] as const satisfies readonly IssueStatus[]
export const ISSUE_URGENCIES = ['LOW', 'NORMAL', 'HIGH', 'URGENT'] as const satisfies readonly IssueUrgency[]
export const ISSUE_CHANNELS = ['TALK_DAY', 'OFFICE', 'PHONE', 'VISIT', 'OTHER'] as const satisfies readonly IssueChannel[]
export const SATISFACTIONS = ['SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED'] as const satisfies readonly Satisfaction[]
