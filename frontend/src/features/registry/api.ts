// Every call to the registry endpoints: households, residents, the registry's statistics, export and import, the
// audit log and the code lists they use, for office and phone screens alike.
import type { paths } from '@/api/schema'
import { api, etagOf, ifMatch } from '@/shared/api/client'
import { downloadOf, type Download } from '@/shared/api/download'
import { unwrap } from '@/shared/api/problem'
import { fileUpload } from '@/shared/api/upload'
import type {
  AuditPage,
  DictionaryCategory,
  DictionaryEntry,
  DictionaryEntryCreate,
  DictionaryEntryUpdate,
  HouseholdCreate,
  HouseholdDetail,
  HouseholdMove,
  HouseholdPage,
  HouseholdSummary,
  HouseholdUpdate,
  ImportReport,
  MoveOut,
  RegistryStats,
  ResidentCreate,
  ResidentDetail,
  ResidentMove,
  ResidentPage,
  ResidentSummary,
  ResidentUpdate,
  RevealField,
} from '@/shared/api/types'

type Query<P extends keyof paths> = paths[P] extends { get: { parameters: { query?: infer Q } } }
  ? NonNullable<Q>
  : never
export type HouseholdQuery = Query<'/api/households'>
export type ResidentQuery = Query<'/api/residents'>
export type AuditQuery = Query<'/api/audit'>
export type ExportQuery = Query<'/api/registry/export'>

const householdPath = (id: number) => `/api/households/${id}`
const residentPath = (id: number) => `/api/residents/${id}`

// ---- households

export async function listHouseholds(query: HouseholdQuery): Promise<HouseholdPage> {
  return unwrap(await api.GET('/api/households', { params: { query } }))
}

/** Active households whose address or head matches `q` (the pickers). */
export async function searchHouseholds(q: string): Promise<HouseholdSummary[]> {
  return (await listHouseholds({ q, status: 'ACTIVE', size: 20 })).items
}

export async function getHousehold(id: number): Promise<HouseholdDetail> {
  return unwrap(await api.GET('/api/households/{id}', { params: { path: { id } } }))
}

export async function createHousehold(body: HouseholdCreate): Promise<HouseholdDetail> {
  return unwrap(await api.POST('/api/households', { body }))
}

/** PUT against the version last read (If-Match). */
export async function updateHousehold(id: number, body: HouseholdUpdate): Promise<HouseholdDetail> {
  return unwrap(
    await api.PUT('/api/households/{id}', {
      params: { path: { id }, header: { 'If-Match': ifMatch(householdPath(id)) } },
      body,
    }),
  )
}

export async function moveHousehold(id: number, body: HouseholdMove): Promise<HouseholdDetail> {
  return unwrap(await api.POST('/api/households/{id}/move', { params: { path: { id } }, body }))
}

export async function moveOutHousehold(id: number, body: MoveOut): Promise<HouseholdDetail> {
  return unwrap(await api.POST('/api/households/{id}/move-out', { params: { path: { id } }, body }))
}

export async function restoreHousehold(id: number): Promise<void> {
  unwrap(await api.POST('/api/households/{id}/restore', { params: { path: { id } } }))
}

/** POST /api/households/{id}/reveal-phone: a household's phone (audited). */
export async function revealHousehold(id: number, reason: string): Promise<string> {
  const { value } = unwrap(
    await api.POST('/api/households/{id}/reveal-phone', { params: { path: { id } }, body: { reason } }),
  )
  return value
}

// ---- residents

export async function listResidents(query: ResidentQuery): Promise<ResidentPage> {
  return unwrap(await api.GET('/api/residents', { params: { query } }))
}

/** Active residents whose name (or its pinyin initials) begins with `q`, within an area (the pickers). */
export async function searchResidents(q: string, areaId: number | undefined): Promise<ResidentSummary[]> {
  return (await listResidents({ q, areaId, status: 'ACTIVE', size: 20 })).items
}

/** The active members of a household. */
export async function householdMembers(householdId: number): Promise<ResidentSummary[]> {
  return (await listResidents({ householdId, status: 'ACTIVE', size: 50 })).items
}

export async function getResident(id: number): Promise<ResidentDetail> {
  return unwrap(await api.GET('/api/residents/{id}', { params: { path: { id } } }))
}

export async function createResident(body: ResidentCreate): Promise<ResidentDetail> {
  return unwrap(await api.POST('/api/residents', { body }))
}

/** PUT against the version last read (If-Match). */
export async function updateResident(id: number, body: ResidentUpdate): Promise<ResidentDetail> {
  return unwrap(
    await api.PUT('/api/residents/{id}', {
      params: { path: { id }, header: { 'If-Match': ifMatch(residentPath(id)) } },
      body,
    }),
  )
}

export async function moveResident(id: number, body: ResidentMove): Promise<void> {
  unwrap(await api.POST('/api/residents/{id}/move', { params: { path: { id } }, body }))
}

export async function moveOutResident(id: number, body: MoveOut): Promise<void> {
  unwrap(await api.POST('/api/residents/{id}/move-out', { params: { path: { id } }, body }))
}

export async function restoreResident(id: number): Promise<void> {
  unwrap(await api.POST('/api/residents/{id}/restore', { params: { path: { id } } }))
}

/** POST /api/residents/{id}/reveal: the plain value of a resident's ID number or phone (audited). */
export async function revealResident(id: number, field: RevealField, reason: string): Promise<string> {
  const { value } = unwrap(
    await api.POST('/api/residents/{id}/reveal', { params: { path: { id } }, body: { field, reason } }),
  )
  return value
}

// ---- statistics, export, import, audit, code lists

export async function getRegistryStats(areaId: number | undefined): Promise<RegistryStats> {
  return unwrap(await api.GET('/api/registry/stats', { params: { query: { areaId } } }))
}

export async function exportRegistry(query: ExportQuery): Promise<Download> {
  return downloadOf(await api.GET('/api/registry/export', { params: { query }, parseAs: 'blob' }), 'residents.xlsx')
}

export async function importTemplate(): Promise<Download> {
  return downloadOf(await api.GET('/api/registry/import/template', { parseAs: 'blob' }), '住户台账导入模板.xlsx')
}

/** Checks (`dryRun`) or imports an Excel file of households and residents. */
export async function importRegistry(file: File, dryRun: boolean): Promise<ImportReport> {
  return unwrap(
    await api.POST('/api/registry/import', { params: { query: { dryRun } }, ...fileUpload(file, file.name) }),
  )
}

export async function listAudit(query: AuditQuery): Promise<AuditPage> {
  return unwrap(await api.GET('/api/audit', { params: { query } }))
}

export async function getDictionary(category: DictionaryCategory): Promise<DictionaryEntry[]> {
  return unwrap(await api.GET('/api/dictionary', { params: { query: { category } } }))
}

/** A code list as administered: retired values included. */
export async function listDictionaryForAdmin(category: DictionaryCategory): Promise<DictionaryEntry[]> {
  return unwrap(await api.GET('/api/dictionary', { params: { query: { category, includeInactive: true } } }))
}

export async function createDictionaryEntry(body: DictionaryEntryCreate): Promise<DictionaryEntry> {
  return unwrap(await api.POST('/api/dictionary', { body }))
}

/** PUT against the version of the value shown (a list row). */
export async function updateDictionaryEntry(
  entry: Pick<DictionaryEntry, 'id' | 'version'>,
  body: DictionaryEntryUpdate,
): Promise<DictionaryEntry> {
  return unwrap(
    await api.PUT('/api/dictionary/{id}', {
      params: { path: { id: entry.id }, header: { 'If-Match': etagOf(entry.version) } },
      body,
    }),
  )
}
