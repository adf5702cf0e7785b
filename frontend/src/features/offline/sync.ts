// Sending the outbox and refreshing the worklist. FOUNDATION ONLY: the offline-core helper replaces every body here
// (the signatures are the contract the screens code against).
import type { OutboxItem } from './model/outbox'

/**
 * Tries to send one item now (its photos first), if the network allows. Resolves with the item in its new state:
 * 'sent' (with result), 'waiting' (no network; stays queued), 'failed' or 'conflict'.
 */
export async function sendNow(item: OutboxItem): Promise<OutboxItem> {
  throw new Error(`sendNow(${item.id}): not built yet`)
}

/** Sends every waiting item of the owner, oldest first. */
export async function drain(owner: string): Promise<void> {
  throw new Error(`drain(${owner}): not built yet`)
}
