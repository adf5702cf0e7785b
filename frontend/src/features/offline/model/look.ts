import type { OutboxKind, OutboxState } from './outbox'

/** The colour of each outbox state: at least 4.5:1 on white (plain tags) and under white text (the badge). */
export const STATE_COLORS: Record<OutboxState, string> = {
  waiting: '#1a6dcc',
  sending: '#1a6dcc',
  sent: '#2e7d32',
  failed: '#c62828',
  conflict: '#8a5200',
}

/** The message key of each kind (under offline.outbox.kind). */
export const KIND_KEYS: Record<OutboxKind, 'visitCreate' | 'issueCreate' | 'issueAction'> = {
  'visit.create': 'visitCreate',
  'issue.create': 'issueCreate',
  'issue.action': 'issueAction',
}

/** Vant's danger red is too light for text on white (axe): the outline buttons that discard use this one. */
export const DANGER_TEXT = '#b71c1c'
