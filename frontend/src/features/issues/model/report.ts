// The phone's "report an issue" form: what it sends, what it checks first, and where the server's complaints go.
import type { IssueChannel, IssueCreate, IssueUrgency } from '@/shared/api/types'
import type { OutboxInput } from '@/features/offline'
import { isValidPhone } from '@/shared/phone'
import { locationInput, reporterInput } from './drafts'
import type { LocationChoice } from './location'

export type ReporterMode = 'resident' | 'other'

export interface ReportForm {
  categoryId: number | undefined
  description: string
  urgency: IssueUrgency
  channel: IssueChannel
  location: LocationChoice | null
  address: string
  reporterMode: ReporterMode
  resident: { id: number; name: string; label: string } | null
  reporterName: string
  reporterPhone: string
}

export type ReportField =
  | 'category'
  | 'description'
  | 'urgency'
  | 'channel'
  | 'location'
  | 'address'
  | 'reporter'
  | 'reporterName'
  | 'reporterPhone'

/** Channels offered on the phone (a talk-day issue is taken in at the session, on the office screens). */
export const PHONE_CHANNELS: IssueChannel[] = ['VISIT', 'PHONE', 'OFFICE', 'OTHER']

export function emptyReport(): ReportForm {
  return {
    categoryId: undefined,
    description: '',
    urgency: 'NORMAL',
    channel: 'VISIT',
    location: null,
    address: '',
    reporterMode: 'resident',
    resident: null,
    reporterName: '',
    reporterPhone: '',
  }
}

/** Message keys (under mobileIssues.form) of what is missing or malformed before anything is sent. */
export function checkReport(form: ReportForm): Partial<Record<ReportField, string>> {
  const problems: Partial<Record<ReportField, string>> = {}
  if (!form.categoryId) problems.category = 'required.category'
  if (!form.description.trim()) problems.description = 'required.description'
  if (!form.location) problems.location = 'required.location'
  if (form.reporterMode === 'resident') {
    if (!form.resident) problems.reporter = 'required.reporter'
  } else {
    if (!form.reporterName.trim()) problems.reporterName = 'required.reporterName'
    if (form.reporterPhone.trim() && !isValidPhone(form.reporterPhone)) problems.reporterPhone = 'phoneInvalid'
  }
  return problems
}

/**
 * The IssueCreate body. Location and reporter each take one of their alternatives, as every intake form sends them
 * (drafts.ts): a household or an area (plus an optional address); a resident or a name (plus an optional phone).
 */
export function reportBody(form: ReportForm): IssueCreate {
  const place = form.location!
  const location = place.kind === 'household' ? { householdId: place.householdId } : { areaId: place.areaId }
  const reporter =
    form.reporterMode === 'resident' && form.resident
      ? { residentId: form.resident.id }
      : { name: form.reporterName, phone: form.reporterPhone }
  return {
    categoryId: form.categoryId!,
    description: form.description.trim(),
    urgency: form.urgency,
    channel: form.channel,
    location: locationInput({ ...location, address: form.address }),
    reporter: reporterInput(reporter),
  }
}

/**
 * The outbox item of a report: POST /api/issues with the form's body and its photos, whose upload ids the outbox puts
 * into photoUploadIds before it sends (one request makes the issue with its photos).
 */
export function reportOutbox(
  owner: string,
  body: IssueCreate,
  label: string,
  photos: { blob: Blob; fileName: string }[],
): OutboxInput {
  return {
    owner,
    kind: 'issue.create',
    path: '/api/issues',
    body: { ...body },
    label,
    link: '/m/issues',
    photos,
    photoField: 'photoUploadIds',
  }
}

/** A report's short name in the outbox: its description's start. */
export function reportLabel(description: string, max = 20): string {
  const text = description.trim().replace(/\s+/g, ' ')
  return text.length > max ? `${text.slice(0, max)}…` : text
}

/** The form field a server violation belongs to, from its path (`create.body.reporter.phone`) and last property. */
export function reportFieldOf(path: string, last: string, mode: ReporterMode): ReportField | undefined {
  switch (last) {
    case 'categoryId':
      return 'category'
    case 'description':
    case 'urgency':
    case 'channel':
    case 'address':
      return last
    case 'location':
    case 'householdId':
    case 'areaId':
      return 'location'
    case 'reporter':
    case 'residentId':
      return mode === 'resident' ? 'reporter' : 'reporterName'
    case 'name':
      return path.includes('reporter') ? (mode === 'resident' ? 'reporter' : 'reporterName') : undefined
    case 'phone':
      return mode === 'resident' ? 'reporter' : 'reporterPhone'
    default:
      return undefined
  }
}
