// Reading the worklist kept on the device (filled by ./sync when online), for pages that open without a network.
import { offlineDb, type WorklistRow } from './db'
import type { IssueDetail, VisitHouseholdCard, VisitObligationView } from '@/shared/api/types'

function data<T>(rows: WorklistRow<unknown>[]): T[] {
  return rows.map((r) => r.data as T)
}

export async function offlineObligations(owner: string): Promise<VisitObligationView[]> {
  return data<VisitObligationView>(await offlineDb().obligations.where('owner').equals(owner).toArray())
}

export async function offlineHousehold(owner: string, id: number): Promise<VisitHouseholdCard | undefined> {
  return (await offlineDb().households.get([owner, id]))?.data as VisitHouseholdCard | undefined
}

export async function offlineHouseholds(owner: string): Promise<VisitHouseholdCard[]> {
  return data<VisitHouseholdCard>(await offlineDb().households.where('owner').equals(owner).toArray())
}

export async function offlineIssues(owner: string): Promise<IssueDetail[]> {
  return data<IssueDetail>(await offlineDb().issues.where('owner').equals(owner).toArray())
}

/** An issue with the ETag it had when fetched (for an action made offline). */
export async function offlineIssue(
  owner: string,
  id: number,
): Promise<{ issue: IssueDetail; etag?: string } | undefined> {
  const row = await offlineDb().issues.get([owner, id])
  return row && { issue: row.data as IssueDetail, etag: row.etag }
}

export async function offlineCodeList<T>(owner: string, name: string): Promise<T | undefined> {
  return (await offlineDb().codeLists.get([owner, name]))?.data as T | undefined
}
