import type { DictionaryCategory } from '@/shared/api/types'

/** Every code list, in the order the administration screen offers them (named by `dictionaryAdmin.categories.*`). */
export const DICTIONARY_CATEGORIES: readonly DictionaryCategory[] = [
  'CARE_GROUP',
  'HOUSEHOLD_TAG',
  'RELATION',
  'REGISTRATION_TYPE',
  'ETHNICITY',
  'GENDER',
  'POLITICAL_STATUS',
  'EMPLOYMENT_STATUS',
  'EDUCATION',
  'HOUSING_TYPE',
  'DISABILITY_GRADE',
  'VOLUNTEER_SKILL',
  'VOLUNTEER_TEAM_TYPE',
  'VOLUNTEER_ACTIVITY_CATEGORY',
  'PAIRING_TYPE',
  'VISIT_NEED',
]
