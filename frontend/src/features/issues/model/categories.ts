// Issue categories as every screen lists them: in the sub-district's order; new issues only in active ones.
import type { IssueCategory } from '@/shared/api/types'

export function inOrder(categories: readonly IssueCategory[]): IssueCategory[] {
  return [...categories].sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id)
}

/** The categories a new issue may be given (retired ones stay only for the names of old issues). */
export function activeCategories(categories: readonly IssueCategory[]): IssueCategory[] {
  return inOrder(categories).filter((c) => c.active)
}
