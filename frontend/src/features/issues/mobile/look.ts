// How issues look on the phone.
import type { IssueStatus } from '@/shared/api/types'

/** Vant tag type of each status. */
export const STATUS_TAG_TYPES: Record<IssueStatus, 'primary' | 'success' | 'warning' | 'danger' | 'default'> = {
  RECEIVED: 'primary',
  ACCEPTED: 'primary',
  ASSIGNED: 'warning',
  IN_PROGRESS: 'warning',
  RESOLVED: 'success',
  CLOSED: 'default',
  REJECTED: 'default',
}
