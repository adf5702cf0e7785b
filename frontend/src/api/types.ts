// Short names for the generated OpenAPI types (src/api/schema.d.ts); nothing here is written by hand.
import type { components } from './schema'

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

export const ROLES = [
  'street-admin',
  'community-staff',
  'grid-worker',
  'volunteer',
  'unit-liaison',
  'viewer',
] as const satisfies readonly Role[]

export const AREA_LEVELS = ['SUB_DISTRICT', 'COMMUNITY', 'GRID', 'BUILDING'] as const satisfies readonly AreaLevel[]
