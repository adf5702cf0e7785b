import { describe, expect, it, vi } from 'vitest'

const reportError = vi.hoisted(() => vi.fn())
vi.mock('@/shared/composables/problems', () => ({ reportError }))

import { usePagedList } from '@/shared/composables/pagedList'

describe('usePagedList', () => {
  it('asks the API for the 0-based page and restarts from the first on search', async () => {
    const fetchPage = vi.fn(async (page: number, size: number) => ({ page, size }))
    const list = usePagedList(fetchPage)
    list.paging.page = 3
    await list.load()
    expect(fetchPage).toHaveBeenLastCalledWith(2, 20)
    expect(list.result.value).toEqual({ page: 2, size: 20 })
    list.search()
    expect(list.paging.page).toBe(1)
    expect(fetchPage).toHaveBeenLastCalledWith(0, 20)
  })

  it('reports a failure once and keeps the previous result', async () => {
    const list = usePagedList(vi.fn().mockResolvedValueOnce('first').mockRejectedValueOnce(new Error('down')))
    await list.load()
    await list.load()
    expect(list.result.value).toBe('first')
    expect(list.loading.value).toBe(false)
    expect(reportError).toHaveBeenCalledTimes(1)
  })
})
