// Issue categories as every screen lists them: in the sub-district's order; new issues only in active ones.
import type { IssueCategory } from '@/shared/api/types'

/** The natural order: the sort order, then the code (as the server lists them). */
export function inOrder(categories: readonly IssueCategory[]): IssueCategory[] {
  return [...categories].sort(
    (a, b) => a.sortOrder - b.sortOrder || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) || a.id - b.id,
  )
}

/** The categories a new issue may be given (retired ones stay only for the names of old issues). */
export function activeCategories(categories: readonly IssueCategory[]): IssueCategory[] {
  return inOrder(categories).filter((c) => c.active)
}
