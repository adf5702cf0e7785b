// The caller's coverage (GET /api/visit-coverage/mine, built by the coverage part of issue 15), typed by hand until
// that endpoint is in the generated client; field names as its contract binds them.

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
