// Every call to the pairing endpoints (/api/pairings…, /api/households/{id}/pairings, /api/pairing-suggestions,
// /api/pairing-helpers).
import type { components, paths } from '@/api/schema'
import { api } from '@/shared/api/client'
import { unwrap } from '@/shared/api/problem'

type Schemas = components['schemas']
export type PairingView = Schemas['PairingView']
export type PairingPage = Schemas['PageResultPairingView']
export type PairingCreate = Schemas['PairingCreate']
export type PairingEnd = Schemas['PairingEnd']
export type PairingEndReason = Schemas['PairingEndReason']
export type PairingStatus = Schemas['PairingStatus']
export type PairingHelperKind = Schemas['PairingHelperKind']
export type PairingSuggestion = Schemas['PairingSuggestion']
export type PairingSuggestionPage = Schemas['PageResultPairingSuggestion']
export type PairingHelperCandidate = Schemas['PairingHelperCandidate']

export type PairingQuery = NonNullable<paths['/api/pairings']['get']['parameters']['query']>
export type PairingSuggestionQuery = NonNullable<paths['/api/pairing-suggestions']['get']['parameters']['query']>
export type PairingHelperQuery = NonNullable<paths['/api/pairing-helpers']['get']['parameters']['query']>

export async function listPairings(query: PairingQuery): Promise<PairingPage> {
  return unwrap(await api.GET('/api/pairings', { params: { query } }))
}

export async function getPairing(id: number): Promise<PairingView> {
  return unwrap(await api.GET('/api/pairings/{id}', { params: { path: { id } } }))
}

export async function createPairing(body: PairingCreate): Promise<PairingView> {
  return unwrap(await api.POST('/api/pairings', { body }))
}

/** Ends the pairing as last read (its version as If-Match): 412 when someone changed it meanwhile. */
export async function endPairing(pairing: Pick<PairingView, 'id' | 'version'>, body: PairingEnd): Promise<PairingView> {
  return unwrap(
    await api.POST('/api/pairings/{id}/end', {
      params: { path: { id: pairing.id }, header: { 'If-Match': `"${pairing.version}"` } },
      body,
    }),
  )
}

/** A household's pairings, active and ended, newest first. */
export async function listHouseholdPairings(householdId: number): Promise<PairingView[]> {
  return unwrap(await api.GET('/api/households/{id}/pairings', { params: { path: { id: householdId } } }))
}

export async function listPairingSuggestions(query: PairingSuggestionQuery): Promise<PairingSuggestionPage> {
  return unwrap(await api.GET('/api/pairing-suggestions', { params: { query } }))
}

export async function listPairingHelpers(query: PairingHelperQuery): Promise<PairingHelperCandidate[]> {
  return unwrap(await api.GET('/api/pairing-helpers', { params: { query } }))
}
