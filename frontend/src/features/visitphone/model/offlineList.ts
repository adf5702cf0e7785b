// "My households" offline: the cards kept on the device, searched and listed like the server's summaries.
import type { VisitHouseholdCard, VisitHouseholdSummary } from '@/shared/api/types'

/** A kept card as a list row: the nearest open obligation's day and state, the latest visit's day. */
export function summaryOfCard(card: VisitHouseholdCard): VisitHouseholdSummary {
  const next = [...card.obligations].sort((a, b) => a.dueOn.localeCompare(b.dueOn))[0]
  const last = card.recentVisits.map((v) => v.visitedOn).sort((a, b) => b.localeCompare(a))[0]
  return {
    id: card.id,
    address: card.address,
    gridId: card.gridId,
    gridName: card.gridName,
    headName: card.headName,
    careTags: card.careTags,
    pairings: card.pairings,
    openObligations: card.obligations.length,
    nextDueOn: next?.dueOn ?? null,
    nextDueState: next?.state ?? null,
    lastVisitOn: last ?? null,
  }
}

/**
 * The kept households matching `q` (address or head's name, as the server searches), the most urgent first: those
 * with an open obligation by its due day, then the rest by address.
 */
export function searchKept(cards: readonly VisitHouseholdCard[], q: string): VisitHouseholdSummary[] {
  const needle = q.trim().toLowerCase()
  return cards
    .filter((c) => !needle || c.address.toLowerCase().includes(needle) || !!c.headName?.toLowerCase().includes(needle))
    .map(summaryOfCard)
    .sort(
      (a, b) =>
        (a.nextDueOn ?? '\uffff').localeCompare(b.nextDueOn ?? '\uffff') || a.address.localeCompare(b.address, 'zh'),
    )
}
