import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter, type Router } from 'vue-router'

vi.mock('@/shared/composables/problems', () => ({ reportError: vi.fn() }))

import { lastListLocation, param, readListQuery, useListQuery, writeListQuery } from '@/shared/composables/listQuery'

const STATUSES = ['ACTIVE', 'MOVED_OUT'] as const
const schema = {
  gridId: param.id(),
  status: param.oneOf(STATUSES, 'ACTIVE'),
  tags: param.someOf(['ELDERLY', 'RENTED']),
  mine: param.flag(),
  q: param.text(),
  received: param.days(),
}
const sort = param.sort(['receivedAt', 'dueAt'], '-receivedAt')

describe('readListQuery', () => {
  it('reads typed values from the address', () => {
    const read = readListQuery(
      schema,
      {
        gridId: '12',
        status: 'MOVED_OUT',
        tags: ['RENTED', 'ELDERLY'],
        mine: 'true',
        q: '3号楼',
        received: '2026-11-01~2026-11-30',
        page: '3',
        size: '50',
        sort: 'dueAt',
      },
      sort,
    )
    expect(read).toEqual({
      filters: {
        gridId: 12,
        status: 'MOVED_OUT',
        tags: ['RENTED', 'ELDERLY'],
        mine: true,
        q: '3号楼',
        received: ['2026-11-01', '2026-11-30'],
      },
      page: 3,
      size: 50,
      sort: 'dueAt',
    })
  })

  it('ignores values that do not parse and keeps the defaults', () => {
    const read = readListQuery(
      schema,
      {
        gridId: '-4',
        status: 'DELETED',
        tags: ['NOPE'],
        mine: 'yes',
        received: '2026-11-30~2026-11-01',
        page: '0',
        size: '7',
        sort: 'password',
      },
      sort,
    )
    expect(read).toEqual({
      filters: { gridId: undefined, status: 'ACTIVE', tags: [], mine: false, q: '', received: null },
      page: 1,
      size: 20,
      sort: '-receivedAt',
    })
    expect(readListQuery(schema, { gridId: '1e3', page: '2.5', received: '2026-02-30~2026-03-01' }, sort)).toEqual(
      expect.objectContaining({ page: 1, filters: expect.objectContaining({ gridId: undefined, received: null }) }),
    )
  })

  it('reads a month, and nothing that is not one', () => {
    const months = { month: param.month() }
    expect(readListQuery(months, { month: '2026-12' }).filters.month).toBe('2026-12')
    for (const bad of ['2026-13', '2026-1', '2026-12-01', 'x'])
      expect(readListQuery(months, { month: bad }).filters.month).toBeUndefined()
  })

  it('reads "any" (an empty value) for a choice whose default is not "any"', () => {
    expect(readListQuery(schema, { status: '' }).filters.status).toBe('')
  })
})

describe('writeListQuery', () => {
  const defaults = readListQuery(schema, {}, sort)

  it('leaves the defaults out of the address', () => {
    expect(writeListQuery(schema, { ...defaults, sort: '-receivedAt' }, sort)).toEqual({})
  })

  it('writes what differs from the defaults and round-trips through reading', () => {
    const state = {
      filters: { ...defaults.filters, gridId: 5, status: '' as const, tags: ['ELDERLY' as const], q: ' 王 ' },
      page: 2,
      size: 50,
      sort: 'dueAt',
    }
    const query = writeListQuery(schema, state, sort)
    expect(query).toEqual({ gridId: '5', status: '', tags: ['ELDERLY'], q: '王', page: '2', size: '50', sort: 'dueAt' })
    const back = readListQuery(schema, query as Record<string, string>, sort)
    expect(back).toEqual({ ...state, filters: { ...state.filters, q: '王' } })
  })

  it("keeps the address's other parameters and drops its own stale ones", () => {
    expect(writeListQuery(schema, defaults, sort, { from: '/x', page: '4', gridId: '9' })).toEqual({ from: '/x' })
  })
})

describe('useListQuery', () => {
  let router: Router

  afterEach(() => {
    vi.useRealTimers()
    document.body.innerHTML = ''
  })

  async function mountList(path: string) {
    router = createRouter({
      history: createMemoryHistory(),
      routes: [
        { path: '/list', name: 'list', component: { render: () => null } },
        { path: '/detail', name: 'detail', component: { render: () => null } },
      ],
    })
    await router.push(path)
    await router.isReady()
    const fetchPage = vi.fn(async (page: number, size: number) => ({ page, size }))
    let list!: ReturnType<typeof useListQuery<typeof schema, { page: number; size: number }>>
    const Host = defineComponent({
      setup() {
        list = useListQuery(schema, fetchPage, { sort })
        return () => h('div')
      },
    })
    mount(Host, { global: { plugins: [router] } })
    return { list, fetchPage }
  }

  it('starts from the address, asks for the 0-based page and cleans invalid values out of it', async () => {
    const { list, fetchPage } = await mountList('/list?status=MOVED_OUT&page=3&size=7&sort=nope')
    await list.load()
    expect(list.filters.status).toBe('MOVED_OUT')
    expect(fetchPage).toHaveBeenLastCalledWith(2, 20)
    expect(router.currentRoute.value.fullPath).toBe('/list?status=MOVED_OUT&page=3')
  })

  it('writes a search to the address without adding a history entry', async () => {
    const { list } = await mountList('/list')
    const replace = vi.spyOn(router, 'replace')
    const push = vi.spyOn(router, 'push')
    list.filters.gridId = 8
    list.paging.page = 4
    list.search()
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ gridId: '8' })
    list.paging.page = 2
    await list.load()
    list.setSort('dueAt')
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/list?gridId=8&sort=dueAt')
    expect(replace).toHaveBeenCalled()
    expect(push).not.toHaveBeenCalled()
    expect(lastListLocation(['list'])).toEqual({ name: 'list', fullPath: '/list?gridId=8&sort=dueAt' })
  })

  it('offers, of the lists a detail belongs to, the one shown last, as it was left', async () => {
    const { list } = await mountList('/list?mine=true')
    await list.load()
    expect(lastListLocation(['never-shown', 'list'])).toEqual({ name: 'list', fullPath: '/list?mine=true' })
    expect(lastListLocation(['never-shown'])).toEqual({ name: 'never-shown', fullPath: undefined })
  })

  it('searches typed text after a pause, once', async () => {
    vi.useFakeTimers()
    const { list, fetchPage } = await mountList('/list?page=2')
    await list.load()
    fetchPage.mockClear()
    for (const q of ['王', '王小', '王小明']) {
      list.filters.q = q
      await nextTick()
      vi.advanceTimersByTime(100)
    }
    expect(fetchPage).not.toHaveBeenCalled()
    vi.advanceTimersByTime(400)
    await flushPromises()
    expect(fetchPage).toHaveBeenCalledTimes(1)
    expect(router.currentRoute.value.query).toEqual({ q: '王小明' })
  })

  it('follows the address when it changes under the page', async () => {
    const { list, fetchPage } = await mountList('/list?status=MOVED_OUT&page=2')
    await list.load()
    await router.push('/list')
    await flushPromises()
    expect(list.filters.status).toBe('ACTIVE')
    expect(list.paging.page).toBe(1)
    expect(fetchPage).toHaveBeenLastCalledWith(0, 20)
  })

  it('resets to the defaults and clears the address', async () => {
    const { list } = await mountList('/list?tags=ELDERLY&mine=true&page=5')
    list.reset()
    await flushPromises()
    expect(list.filters.tags).toEqual([])
    expect(router.currentRoute.value.fullPath).toBe('/list')
  })
})
