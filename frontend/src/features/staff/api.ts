// Every call to the staff endpoints (/api/staff…).
import type { paths } from '@/api/schema'
import { api, etagOf, ifMatch } from '@/shared/api/client'
import { unwrap } from '@/shared/api/problem'
import type { Staff, StaffCreate, StaffCreated, StaffDeviceView, StaffPage, StaffUpdate } from '@/shared/api/types'

export type StaffQuery = NonNullable<paths['/api/staff']['get']['parameters']['query']>

const staffPath = (id: number) => `/api/staff/${id}`

export async function listStaff(query: StaffQuery): Promise<StaffPage> {
  return unwrap(await api.GET('/api/staff', { params: { query } }))
}

export async function getStaff(id: number): Promise<Staff> {
  return unwrap(await api.GET('/api/staff/{id}', { params: { path: { id } } }))
}

/** A new account and its temporary password (shown once). */
export async function createStaff(body: StaffCreate): Promise<StaffCreated> {
  return unwrap(await api.POST('/api/staff', { body }))
}

/** PUT against the version last read of it (If-Match), or of a list row when `version` is given. */
export async function updateStaff(id: number, body: StaffUpdate, version?: number): Promise<Staff> {
  const tag = version === undefined ? ifMatch(staffPath(id)) : etagOf(version)
  return unwrap(await api.PUT('/api/staff/{id}', { params: { path: { id }, header: { 'If-Match': tag } }, body }))
}

/** A new temporary password for the account (shown once). */
export async function resetPassword(id: number): Promise<string> {
  return unwrap(await api.POST('/api/staff/{id}/password-reset', { params: { path: { id } } })).temporaryPassword
}

/** The devices the account syncs from, the latest sync first (what to know before disabling it). */
export async function listStaffDevices(id: number): Promise<StaffDeviceView[]> {
  return unwrap(await api.GET('/api/staff/{id}/devices', { params: { path: { id } } }))
}
