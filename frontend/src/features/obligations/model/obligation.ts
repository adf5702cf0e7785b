// How an obligation reads on screen: its state's colour, and how far its due day is from today (Beijing days).
import { daysFrom } from '@/shared/time/dates'
import type { VisitObligationState } from '@/shared/api/types'

export type TagType = 'primary' | 'success' | 'warning' | 'danger' | 'info'

const COLOURS: Record<VisitObligationState, TagType> = {
  DUE: 'primary',
  OVERDUE: 'danger',
  SATISFIED: 'success',
  SATISFIED_LATE: 'warning',
  NOT_APPLICABLE: 'info',
}

export function stateColour(state: VisitObligationState): TagType {
  return COLOURS[state]
}

/** The message key of a state's name (shared enum names). */
export function stateLabelKey(state: VisitObligationState): string {
  return `visitEnum.obligationState.${state}`
}

/** "还剩3天" / "今天到期" / "逾期5天": a message key and its day count; none for an obligation no longer open. */
export interface DueDistance {
  key: 'obligations.daysLeft' | 'obligations.dueToday' | 'obligations.daysOverdue'
  days: number
}

/**
 * How far the due day is from today, for an open obligation (DUE or OVERDUE). Overdue starts the day after the due
 * day, as the server's ObligationState has it; both days are YYYY-MM-DD in Beijing.
 */
export function dueDistance(state: VisitObligationState, dueOn: string, today: string): DueDistance | null {
  if (state !== 'DUE' && state !== 'OVERDUE') return null
  const days = daysFrom(today, dueOn)
  if (days > 0) return { key: 'obligations.daysLeft', days }
  if (days === 0) return { key: 'obligations.dueToday', days: 0 }
  return { key: 'obligations.daysOverdue', days: -days }
}
