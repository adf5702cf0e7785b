// Every call to the API client endpoints (/api/api-clients…).
import type { paths } from '@/api/schema'
import { api, ifMatch } from '@/shared/api/client'
import { unwrap } from '@/shared/api/problem'
import type {
  ApiClient,
  ApiClientCreate,
  ApiClientCreated,
  ApiClientCredentials,
  ApiClientPage,
  ApiClientUpdate,
} from '@/shared/api/types'

export type ApiClientQuery = NonNullable<paths['/api/api-clients']['get']['parameters']['query']>

const apiClientPath = (id: number) => `/api/api-clients/${id}`

export async function listApiClients(query: ApiClientQuery): Promise<ApiClientPage> {
  return unwrap(await api.GET('/api/api-clients', { params: { query } }))
}

export async function getApiClient(id: number): Promise<ApiClient> {
  return unwrap(await api.GET('/api/api-clients/{id}', { params: { path: { id } } }))
}

/** Registers a system: its record and its client secret (shown once). */
export async function createApiClient(body: ApiClientCreate): Promise<ApiClientCreated> {
  return unwrap(await api.POST('/api/api-clients', { body }))
}

/** PUT against the version last read (If-Match). */
export async function updateApiClient(id: number, body: ApiClientUpdate): Promise<ApiClient> {
  return unwrap(
    await api.PUT('/api/api-clients/{id}', {
      params: { path: { id }, header: { 'If-Match': ifMatch(apiClientPath(id)) } },
      body,
    }),
  )
}

export async function setApiClientEnabled(id: number, enabled: boolean): Promise<ApiClient> {
  const path = enabled ? '/api/api-clients/{id}/enable' : '/api/api-clients/{id}/disable'
  return unwrap(await api.POST(path, { params: { path: { id } } }))
}

/** A new client secret (the old one stops working); shown once. */
export async function rotateSecret(id: number): Promise<ApiClientCredentials> {
  return unwrap(await api.POST('/api/api-clients/{id}/secret', { params: { path: { id } } }))
}
