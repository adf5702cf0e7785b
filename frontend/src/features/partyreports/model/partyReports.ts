// The party reports feature's rules that need no screen: the statuses and employer types in their order, which steps
// a report's status allows (as the server's lifecycle does), the list's filters as an API query, the years a report
// may be for, and the forms as the API's bodies.
import type {
  OrganisationType,
  PartyReportCreate,
  PartyReportOwnCreate,
  PartyReportPrefill,
  PartyReportStatus,
} from '../api'

export const REPORT_STATUSES = [
  'SUBMITTED',
  'CONFIRMED',
  'ACTIVE',
  'REJECTED',
  'TRANSFERRED_OUT',
  'WITHDRAWN',
  'EXPIRED',
] as const satisfies readonly PartyReportStatus[]

export const EMPLOYER_TYPES = [
  'GOVERNMENT_ORGAN',
  'PUBLIC_INSTITUTION',
  'STATE_ENTERPRISE',
  'PRIVATE_ENTERPRISE',
  'SOCIAL_ORGANISATION',
  'OTHER',
] as const satisfies readonly OrganisationType[]

/** What a person may do to a report (the calendar's own steps are the server's clock). */
export type ReportStep = 'confirm' | 'reject' | 'withdraw' | 'transfer'

const LIVE: readonly PartyReportStatus[] = ['SUBMITTED', 'CONFIRMED', 'ACTIVE']

export function isLive(status: PartyReportStatus): boolean {
  return LIVE.includes(status)
}

/**
 * The steps a report allows in its year, as the server's lifecycle: a submitted one is confirmed, rejected or
 * withdrawn; a confirmed or active one withdrawn or transferred (member reports only); a live report of a past year
 * only expires.
 */
export function stepsOf(
  report: { status: PartyReportStatus; year: number },
  currentYear: number,
  kind: 'member' | 'unit' = 'member',
): ReportStep[] {
  if (!isLive(report.status) || report.year < currentYear) return []
  if (report.status === 'SUBMITTED') return ['confirm', 'reject', 'withdraw']
  return kind === 'member' ? ['withdraw', 'transfer'] : ['withdraw']
}

/** The years a new report may be for: this one and the next. */
export function reportYears(currentYear: number): number[] {
  return [currentYear, currentYear + 1]
}

/** The element-plus tag colour of a status. */
export function statusType(status: PartyReportStatus): 'success' | 'warning' | 'info' | 'danger' | 'primary' {
  switch (status) {
    case 'ACTIVE':
      return 'success'
    case 'SUBMITTED':
      return 'warning'
    case 'CONFIRMED':
      return 'primary'
    case 'REJECTED':
      return 'danger'
    default:
      return 'info'
  }
}

export interface ReportFilters {
  year?: number
  area?: number
  status: PartyReportStatus | ''
  employerType: OrganisationType | ''
  q: string
}

/** The list's filters (as the address holds them) as the API's query: empty ones left out. */
export function reportQuery(f: ReportFilters) {
  return {
    year: f.year,
    areaId: f.area,
    status: f.status || undefined,
    employerType: f.employerType || undefined,
    q: f.q.trim() || undefined,
  }
}

/** The staff form: an existing volunteer, or a new person to register. */
export interface StaffReportForm {
  communityId?: number
  year: number
  who: 'volunteer' | 'person'
  volunteerId?: number
  name: string
  idCard: string
  phone: string
  employer: string
  employerPartyOrg: string
  employerType?: OrganisationType
  unitId?: number
  skills: string
}

export function emptyStaffForm(currentYear: number): StaffReportForm {
  return {
    year: currentYear,
    who: 'volunteer',
    name: '',
    idCard: '',
    phone: '',
    employer: '',
    employerPartyOrg: '',
    skills: '',
  }
}

const text = (s: string) => s.trim() || undefined

/** The staff form as the API's body: the volunteer or the person, never both. */
export function staffReportBody(f: StaffReportForm): PartyReportCreate {
  return {
    communityId: f.communityId!,
    year: f.year,
    volunteerId: f.who === 'volunteer' ? f.volunteerId : undefined,
    person:
      f.who === 'person'
        ? { name: f.name.trim(), idCard: f.idCard.trim().toUpperCase(), phone: text(f.phone) }
        : undefined,
    employer: f.employer.trim(),
    employerPartyOrg: text(f.employerPartyOrg),
    employerType: f.employerType!,
    unitId: f.unitId,
    skills: text(f.skills),
  }
}

/** The member's own form. */
export interface OwnReportForm {
  communityId?: number
  year: number
  employer: string
  employerPartyOrg: string
  employerType?: OrganisationType
  unitId?: number
  skills: string
}

/** The member's form as the server prefilled it (last year's values, or where they live). */
export function ownFormOf(prefill: PartyReportPrefill): OwnReportForm {
  return {
    communityId: prefill.communityId ?? undefined,
    year: prefill.year,
    employer: prefill.employer ?? '',
    employerPartyOrg: prefill.employerPartyOrg ?? '',
    employerType: prefill.employerType ?? undefined,
    unitId: prefill.unitId ?? undefined,
    skills: prefill.skills ?? '',
  }
}

export function ownReportBody(f: OwnReportForm): PartyReportOwnCreate {
  return {
    communityId: f.communityId!,
    year: f.year,
    employer: f.employer.trim(),
    employerPartyOrg: text(f.employerPartyOrg),
    employerType: f.employerType!,
    unitId: f.unitId,
    skills: text(f.skills),
  }
}

/**
 * The year the member's phone form is for: this year while they have no live report of it, else next year while
 * they have none of that; undefined when both are reported.
 */
export function ownFormYear(
  mine: readonly { year: number; status: PartyReportStatus }[],
  currentYear: number,
): number | undefined {
  const reported = (year: number) => mine.some((r) => r.year === year && isLive(r.status))
  if (!reported(currentYear)) return currentYear
  if (!reported(currentYear + 1)) return currentYear + 1
  return undefined
}
