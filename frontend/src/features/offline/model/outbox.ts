// The outbox's shapes and rules, plain TypeScript (no Dexie, no fetch): what an item is, which states it moves
// through, and which of them still count as "not sent".

/** waiting: queued, not yet tried or to be retried; sending: a request is in flight; sent: the server answered 2xx
 * (or replayed the first answer); failed: the server refused it (4xx other than a conflict) or attempts ran out;
 * conflict: the record it acts on changed meanwhile (412), the worker decides. */
export type OutboxState = 'waiting' | 'sending' | 'sent' | 'failed' | 'conflict'

/** What an item does; the screens that enqueue it name it, the outbox page labels it. */
export type OutboxKind = 'visit.create' | 'issue.create' | 'issue.action'

export interface OutboxProblem {
  /** The HTTP status; 0 when no answer came (the network). */
  status: number
  title: string
  detail?: string
  /** The problem's type URI, when the server sent one (tells a passing 409 from a refusal). */
  type?: string
}

/** One write made on the device. Its id is made on the device and is also the Idempotency-Key of every attempt. */
export interface OutboxItem {
  id: string
  /** The signed-in worker's username: a shared phone never sends one worker's items with another's token. */
  owner: string
  kind: OutboxKind
  /** Always POST today; kept so that the item says what it sends. */
  method: 'POST'
  /** The API path, e.g. /api/visits or /api/issues/42/resolve. */
  path: string
  /** The JSON body as the screen built it; photo upload ids are added at send time (see photoField). */
  body: Record<string, unknown>
  /** The body field that receives the server ids of the item's photos (e.g. photoUploadIds), if it has photos. */
  photoField?: string
  /** For actions on a versioned record: the ETag of the version the worker saw. */
  ifMatch?: string
  /** A short human description for the outbox list ("走访 3-2-501", "上报：楼道堆物"). */
  label: string
  /** Where the screen would go after a successful send (a route path), shown as a link on the outbox page. */
  link?: string
  state: OutboxState
  attempts: number
  lastError?: OutboxProblem
  /** Device clock, ISO 8601: when the worker saved it (sent as Device-Recorded-At). */
  createdAt: string
  updatedAt: string
  /** When the server's answer arrived (device clock). */
  sentAt?: string
  /** The server's answer to the successful send: status and JSON body. */
  result?: { status: number; body: unknown }
  /** For conflict: the worker's intent and the server's current version of the record, to show side by side. */
  conflict?: { mine: unknown; theirs: unknown; theirsEtag?: string }
}

/** A photo queued with an item; uploaded (POST /api/photo-uploads) before the item itself is sent. */
export interface OutboxPhoto {
  id: string
  itemId: string
  owner: string
  /** Position among the item's photos: upload ids are sent in this order. */
  position: number
  blob: Blob
  fileName: string
  /** The server's upload id once uploaded. */
  uploadId?: number
  attempts: number
  lastError?: OutboxProblem
}

/** States that still count in "N not sent". */
export const UNSENT_STATES: readonly OutboxState[] = ['waiting', 'sending', 'failed', 'conflict']

export function isUnsent(item: Pick<OutboxItem, 'state'>): boolean {
  return UNSENT_STATES.includes(item.state)
}
