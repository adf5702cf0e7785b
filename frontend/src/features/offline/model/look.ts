import type { OutboxKind, OutboxState } from './outbox'

/** The colour of each outbox state (dark enough for white-on-colour text and for plain tags alike). */
export const STATE_COLORS: Record<OutboxState, string> = {
  waiting: '#1a6dcc',
  sending: '#1a6dcc',
  sent: '#2e7d32',
  failed: '#c62828',
  conflict: '#b26a00',
}

/** The message key of each kind (under offline.outbox.kind). */
export const KIND_KEYS: Record<OutboxKind, 'visitCreate' | 'issueCreate' | 'issueAction'> = {
  'visit.create': 'visitCreate',
  'issue.create': 'issueCreate',
  'issue.action': 'issueAction',
}
