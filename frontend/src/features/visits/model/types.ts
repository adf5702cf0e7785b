// The visit model's names for the generated API types.
export type {
  VisitCreate,
  VisitLivingConditions,
  VisitLocationMissingReason,
  VisitMode,
  VisitOutcome,
} from '@/shared/api/types'
export type { IssueUrgency as VisitUrgency } from '@/shared/api/types'
