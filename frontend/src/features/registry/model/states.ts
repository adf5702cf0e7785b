// What the registry's lists filter by, as the API names them.
import type { AuditAction, RecordStatus } from '@/shared/api/types'

export const RECORD_STATUSES = ['ACTIVE', 'MOVED_OUT'] as const satisfies readonly RecordStatus[]

export const AUDIT_ACTIONS = [
  'REVEAL_ID_CARD',
  'REVEAL_PHONE',
  'EXPORT',
  'IMPORT',
  'UPDATE_CALENDAR',
  'API_CLIENT_CREATE',
  'API_CLIENT_UPDATE',
  'API_CLIENT_ROTATE_SECRET',
  'API_CLIENT_DISABLE',
  'API_CLIENT_ENABLE',
] as const satisfies readonly AuditAction[]
