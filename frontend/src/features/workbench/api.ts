// The workbench endpoint (/api/workbench): the caller's home in one call, with only the sections their permissions
// allow.
import { api } from '@/shared/api/client'
import { unwrap } from '@/shared/api/problem'
import type { Workbench } from '@/shared/api/types'

export async function getWorkbench(): Promise<Workbench> {
  return unwrap(await api.GET('/api/workbench'))
}
