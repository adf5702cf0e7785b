// Where an issue is and who raised it, as every intake form (office, talk-day batch, phone) sends them.
import type { IssueLocationInput, IssueReporterInput } from '@/shared/api/types'
import { normalizePhone } from '@/shared/phone'

/**
 * Where an issue is: a household, or an area (community, grid or building), with an optional free address. The
 * OpenAPI document marks all three as required, but the API takes either a household or an area (nulls omitted).
 */
export interface LocationDraft {
  householdId?: number
  areaId?: number
  address?: string
}

/** Who raised it: a resident from the registry, or a name and phone (all optional in the API, see LocationDraft). */
export interface ReporterDraft {
  residentId?: number
  name?: string
  phone?: string
}

const blank = (s: string | undefined) => (s?.trim() ? s.trim() : undefined)
const phoneOf = (s: string | undefined) => (s?.trim() ? normalizePhone(s) : undefined)

export function locationInput(d: LocationDraft): IssueLocationInput {
  return {
    householdId: d.householdId,
    areaId: d.householdId ? undefined : d.areaId,
    address: blank(d.address),
  } as IssueLocationInput
}

export function reporterInput(d: ReporterDraft): IssueReporterInput {
  return d.residentId
    ? ({ residentId: d.residentId, phone: phoneOf(d.phone) } as IssueReporterInput)
    : ({ name: blank(d.name), phone: phoneOf(d.phone) } as IssueReporterInput)
}
