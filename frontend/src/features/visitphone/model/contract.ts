// The parts of the visits, obligations and coverage API (BRIEF contract, issue 15) this feature calls, typed by hand
// until those endpoints are in the generated client; field names as the contract binds them.
import type {
  IssueUrgency,
  VisitLivingConditions,
  VisitLocationMissingReason,
  VisitMode,
  VisitObligationState,
  VisitOutcome,
} from '@/shared/api/types'

export interface VisitHouseholdRef {
  id: number
  address: string
  gridId: number
  gridName: string
}

export interface VisitLocation {
  latitude: number
  longitude: number
  accuracyMeters: number
}

export interface VisitFindingInput {
  categoryId: number
  description: string
  urgency: IssueUrgency
}

export interface VisitCreate {
  householdId: number
  mode: VisitMode
  outcome: VisitOutcome
  visitedAt: string
  location: VisitLocation | null
  locationMissingReason: VisitLocationMissingReason | null
  memberIds: number[]
  livingConditions: VisitLivingConditions | null
  needs: string[]
  answers: { questionId: number; answer: string }[]
  notes: string | null
  findings: VisitFindingInput[]
  clientRef: string
}

export interface VisitCounted {
  obligationId: number
  ruleName: string
  state: VisitObligationState
}

export interface VisitDetail {
  id: number
  household: VisitHouseholdRef
  visitor: { id: number; name: string }
  mode: VisitMode
  outcome: VisitOutcome
  visitedAt: string
  receivedAt: string
  location: VisitLocation | null
  locationMissingReason: VisitLocationMissingReason | null
  photos: { id: number; contentType: string; sizeBytes: number; uploadedAt: string }[]
  issues: { id: number; status: string; categoryName: string; description: string }[]
  counted: VisitCounted[]
  version: number
}

/** The caller's coverage as the responsible person: one item per rule (GET /api/visit-coverage/mine). */
export interface VisitCoverageMine {
  items: VisitCoverageMineItem[]
}

export interface VisitCoverageMineItem {
  rule: { id: number; name: string }
  period: { id: number; startsOn: string; endsOn: string; dueOn: string; householdCount: number }
  totals: VisitCoverageFigures
  reportLine: string
}

/** The coverage figures, as the coverage definitions define them (VisitCoverageDefinitions). */
export interface VisitCoverageFigures {
  denominator: number
  excluded: number
  visited: number
  satisfiedLate: number
  partiallyVisited: number
  attemptedOnly: number
  notVisited: number
  overdue: number
  /** (visited + satisfiedLate) / denominator in percent, one decimal */
  coverageRate: number | null
  /** visited / denominator in percent, one decimal */
  onTimeRate: number | null
}
