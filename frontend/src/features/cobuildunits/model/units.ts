// A co-building unit's form: what it starts with, and the bodies it sends (create, update).
import type {
  CoBuildUnitCreate,
  CoBuildUnitStatus,
  CoBuildUnitUpdate,
  CoBuildUnitView,
  OrganisationType,
} from '@/shared/api/types'

export const ORGANISATION_TYPES = [
  'GOVERNMENT_ORGAN',
  'PUBLIC_INSTITUTION',
  'STATE_ENTERPRISE',
  'PRIVATE_ENTERPRISE',
  'SOCIAL_ORGANISATION',
  'OTHER',
] as const satisfies readonly OrganisationType[]

export const UNIT_STATUSES = ['ACTIVE', 'INACTIVE'] as const satisfies readonly CoBuildUnitStatus[]

export interface UnitForm {
  subDistrictId?: number
  name: string
  unitType?: OrganisationType
  partyOrgName: string
  partyMemberTotal: number
  contactName: string
  /** A new number; empty keeps the one on record (the form only ever sees it masked). */
  contactPhone: string
  clearContactPhone: boolean
  address: string
  status: CoBuildUnitStatus
  statusReason: string
}

export function emptyUnitForm(subDistrictId?: number): UnitForm {
  return {
    subDistrictId,
    name: '',
    unitType: undefined,
    partyOrgName: '',
    partyMemberTotal: 0,
    contactName: '',
    contactPhone: '',
    clearContactPhone: false,
    address: '',
    status: 'ACTIVE',
    statusReason: '',
  }
}

/** The form of an existing unit: its fields as they are, the phone left empty (kept unless replaced). */
export function formOf(unit: CoBuildUnitView): UnitForm {
  return {
    subDistrictId: unit.subDistrict.id,
    name: unit.name,
    unitType: unit.unitType,
    partyOrgName: unit.partyOrgName ?? '',
    partyMemberTotal: unit.partyMemberTotal,
    contactName: unit.contactName ?? '',
    contactPhone: '',
    clearContactPhone: false,
    address: unit.address ?? '',
    status: unit.status,
    statusReason: unit.statusReason ?? '',
  }
}

const optional = (text: string) => text.trim() || undefined

function common(form: UnitForm) {
  return {
    name: form.name.trim(),
    unitType: form.unitType!,
    partyOrgName: optional(form.partyOrgName),
    partyMemberTotal: form.partyMemberTotal,
    contactName: optional(form.contactName),
    address: optional(form.address),
  }
}

export function createBody(form: UnitForm): CoBuildUnitCreate {
  return { ...common(form), subDistrictId: form.subDistrictId!, contactPhone: optional(form.contactPhone) }
}

/** An update: a new phone replaces the old, or the old is removed; the reason goes only with INACTIVE. */
export function updateBody(form: UnitForm): CoBuildUnitUpdate {
  const phone = form.clearContactPhone ? undefined : optional(form.contactPhone)
  return {
    ...common(form),
    contactPhone: phone,
    clearContactPhone: form.clearContactPhone,
    status: form.status,
    statusReason: form.status === 'INACTIVE' ? optional(form.statusReason) : undefined,
  }
}
