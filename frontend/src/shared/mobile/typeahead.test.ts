import { describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'

vi.mock('@/shared/mobile/errors', () => ({ toastError: vi.fn() }))
import { toastError } from '@/shared/mobile/errors'
import { useTypeahead } from '@/shared/mobile/typeahead'

describe('useTypeahead', () => {
  it('searches after the pause, drops overtaken answers and clears on an empty box', async () => {
    vi.useFakeTimers()
    const pending: Array<(v: string[]) => void> = []
    const find = vi.fn((text: string) => new Promise<string[]>((resolve) => pending.push(() => resolve([text]))))
    const { q, results, searching, searched, search } = useTypeahead(find)

    q.value = '张'
    await nextTick()
    q.value = '张伟'
    await nextTick()
    vi.advanceTimersByTime(299)
    expect(find).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(find).toHaveBeenCalledTimes(1)
    expect(find).toHaveBeenLastCalledWith('张伟')
    expect(searching.value).toBe(true)

    q.value = '张伟民'
    const second = search() // the search key: a newer search overtakes the one under way
    pending[1]([])
    await second
    expect(results.value).toEqual(['张伟民'])
    pending[0]([])
    await Promise.resolve()
    await Promise.resolve()
    expect(results.value).toEqual(['张伟民'])
    expect(searching.value).toBe(false)
    expect(searched.value).toBe(true)

    q.value = '  '
    await search()
    expect(results.value).toEqual([])
    expect(searched.value).toBe(false)
    vi.useRealTimers()
  })

  it('reports a failed search unless a newer one was started', async () => {
    const failure = new Error('offline')
    const { q, search, searching } = useTypeahead(() => Promise.reject(failure))
    q.value = '李'
    await search()
    expect(toastError).toHaveBeenCalledWith(failure)
    expect(searching.value).toBe(false)
  })
})
