/**
 * History events written by the Excel import list the changed API fields ("housingType,phone"); everything else
 * carries free text typed by a person (a reason). Field lists are shown by their names in the reader's language.
 */
const FIELD_LIST = /^[A-Za-z]+(,[A-Za-z]+)*$/

const HOUSEHOLD_FIELDS: Record<string, string> = {
  housingType: 'registry.housingType',
  phone: 'registry.phone',
  tags: 'registry.tags',
  status: 'registry.status',
  headResidentId: 'registry.head',
}

const RESIDENT_FIELDS: Record<string, string> = {
  name: 'resident.name',
  ethnicity: 'resident.ethnicity',
  phone: 'resident.phone',
  relation: 'resident.relation',
  registrationType: 'resident.registrationType',
  politicalStatus: 'resident.politicalStatus',
  employmentStatus: 'resident.employmentStatus',
  education: 'resident.education',
  disabilityGrade: 'resident.disabilityGrade',
  moveInDate: 'resident.moveInDate',
  status: 'resident.status',
  tags: 'resident.careGroups',
}

export function eventDetailText(
  kind: string,
  detail: string | null | undefined,
  t: (key: string) => string,
): string | null {
  if (!detail) return null
  const fields = kind === 'IMPORTED' ? HOUSEHOLD_FIELDS : kind === 'MEMBER_UPDATED' ? RESIDENT_FIELDS : null
  if (!fields || !FIELD_LIST.test(detail)) return detail
  return detail
    .split(',')
    .map((f) => (fields[f] ? t(fields[f]) : f))
    .join('、')
}
