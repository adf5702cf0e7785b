// Issue categories as every screen lists them: in the sub-district's order; new issues only in active ones.
import type { IssueCategory } from '@/shared/api/types'
import { localName } from '@/shared/i18n/localName'

/** The natural order: the sort order, then the code (as the server lists them). */
export function inOrder(categories: readonly IssueCategory[]): IssueCategory[] {
  return [...categories].sort(
    (a, b) => a.sortOrder - b.sortOrder || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) || a.id - b.id,
  )
}

/** An issue's category as the reader sees it (an issue carries both names of its category). */
export function issueCategoryName(issue: { categoryName: string; categoryNameEn?: string | null }): string {
  return localName({ name: issue.categoryName, nameEn: issue.categoryNameEn })
}

/**
 * A category named in stored text (a timeline entry keeps the Chinese name it had then): its name in the reader's
 * language when it is still in the list, else the text as stored.
 */
export function storedCategoryName(categories: readonly IssueCategory[], stored: string): string {
  const found = categories.find((c) => c.name === stored || c.code === stored)
  return found ? localName(found) : stored
}

/** The categories a new issue may be given (retired ones stay only for the names of old issues). */
export function activeCategories(categories: readonly IssueCategory[]): IssueCategory[] {
  return inOrder(categories).filter((c) => c.active)
}
