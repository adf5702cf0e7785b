// The deadline mark of an issue on the phone: red "超期N天" once the due time has passed, yellow "剩余N小时" in the
// warning window. The colour is the server's (it alone knows warnAt for list rows); the number is counted here, against
// the clock of the device, so that it stays true while a page is open. Pure, so that it can be tested.
import type { IssueStatus, IssueWarning } from '@/shared/api/types'

const HOUR = 3_600_000
const DAY = 24 * HOUR

export type PhoneDeadlineMark =
  | { tone: 'danger'; overdueDays: number }
  | { tone: 'warning'; hoursLeft: number }

export interface PhoneDeadlineInput {
  status: IssueStatus
  warning: IssueWarning
  dueAt: string
}

const OPEN: readonly IssueStatus[] = ['RECEIVED', 'ACCEPTED', 'ASSIGNED', 'IN_PROGRESS']

/**
 * The mark to show at `now`, or null for none (resolved, closed or rejected issues, and open ones outside the
 * warning window). Days overdue count every started day (due at 00:00, so 01:00 the same day is "1 day"); hours left
 * count every started hour. A yellow issue whose due time passes while the page is open turns red.
 */
export function phoneDeadlineMark(issue: PhoneDeadlineInput, now: number): PhoneDeadlineMark | null {
  if (!OPEN.includes(issue.status) || issue.warning === 'NONE') return null
  const due = Date.parse(issue.dueAt)
  if (Number.isNaN(due)) return null
  if (issue.warning === 'RED' || now >= due) {
    return { tone: 'danger', overdueDays: Math.max(1, Math.ceil((now - due) / DAY)) }
  }
  return { tone: 'warning', hoursLeft: Math.max(1, Math.ceil((due - now) / HOUR)) }
}

type Translate = (key: string, named: Record<string, unknown>, plural: number) => string

/** 超期3天 / 剩余5小时 (Overdue 3 days / 5 hours left). */
export function phoneDeadlineText(mark: PhoneDeadlineMark, t: Translate): string {
  return mark.tone === 'danger'
    ? t('mobileIssues.overdueDays', { n: mark.overdueDays }, mark.overdueDays)
    : t('mobileIssues.hoursLeft', { n: mark.hoursLeft }, mark.hoursLeft)
}
