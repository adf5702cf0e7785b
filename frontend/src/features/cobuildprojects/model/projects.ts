// Pure rules of the project screens: the board's columns, the list query from the URL's filters, and what a row shows.
import type { ProjectAction, ProjectQuery, ProjectStatus } from '../api'

/** The board's states, in lifecycle order (the tabs). */
export const PROJECT_STATUSES: readonly ProjectStatus[] = [
  'DRAFT',
  'OPEN_PAIRED',
  'OPEN_ALL',
  'CLAIMED',
  'IN_PROGRESS',
  'SUBMITTED',
  'ACCEPTED',
  'REJECTED',
  'CANCELLED',
]

export const SATISFACTIONS = ['SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED'] as const

/** The office screen's filters, as the URL holds them ('' = all). */
export interface ProjectFilters {
  status: ProjectStatus | ''
  area: number | undefined
  field: string | undefined
  q: string
}

export function projectQuery(f: ProjectFilters): ProjectQuery {
  return {
    status: f.status || undefined,
    areaId: f.area,
    fieldCode: f.field || undefined,
    q: f.q.trim() || undefined,
  }
}

/** The tag colour of a state on the board. */
export function statusType(status: ProjectStatus): 'info' | 'primary' | 'success' | 'warning' | 'danger' {
  switch (status) {
    case 'OPEN_PAIRED':
    case 'OPEN_ALL':
      return 'warning'
    case 'CLAIMED':
    case 'IN_PROGRESS':
    case 'SUBMITTED':
      return 'primary'
    case 'ACCEPTED':
      return 'success'
    case 'REJECTED':
      return 'danger'
    default:
      return 'info'
  }
}

/** The office actions a detail offers, in the order of its buttons (EDIT, APPROVE, … CANCEL); the phone's aside. */
export function officeActions(actions: readonly ProjectAction[]): ProjectAction[] {
  const office: ProjectAction[] = ['EDIT', 'APPROVE', 'REJECT', 'ACCEPT', 'REWORK', 'CANCEL']
  return office.filter((a) => actions.includes(a))
}

/** Whether every milestone is done, so the unit may submit (at least one is needed). */
export function readyToSubmit(milestones: readonly { doneOn?: string | null }[]): boolean {
  return milestones.length > 0 && milestones.every((m) => !!m.doneOn)
}
