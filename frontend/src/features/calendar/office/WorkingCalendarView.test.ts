import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import type { CalendarDay, CalendarYear, Me } from '@/shared/api/types'
import type { Call, FakeApi } from '@/shared/testing/fakeApi'
import { el, settle, setup, stubs, toasts } from '@/shared/testing/office'

const fake = vi.hoisted(() => ({ api: null as unknown as FakeApi }))
vi.mock('@/shared/api/client', async (original) =>
  (await import('@/shared/testing/fakeApi')).clientOnFakeApi(original, fake),
)
const confirm = vi.hoisted(() => vi.fn())
vi.mock('element-plus', async (importOriginal) => {
  const actual = await importOriginal<typeof import('element-plus')>()
  return { ...actual, ElMessageBox: { ...actual.ElMessageBox, confirm } }
})

import WorkingCalendarView from '@/features/calendar/office/WorkingCalendarView.vue'

const DEFAULT_DAYS: CalendarDay[] = [{ date: '2026-10-01', kind: 'HOLIDAY', name: '国庆节' }]
const SCOPED_ADMIN: Partial<Me> = {
  roles: ['street-admin'],
  scope: { all: false, areas: [{ id: 7, level: 'SUB_DISTRICT', code: 'XFL', name: '新风路街道' }] },
}

/** Serves a calendar: the platform default's year, and sub-district 7's own year when it has one. */
function serve(subDistricts: { id: number; name: string; writable: boolean }[], own: CalendarYear | null = null) {
  fake.api.on('GET', '/api/calendar/sub-districts', { body: subDistricts })
  fake.api.on('GET', '/api/calendar/years', (c: Call) => ({
    body: [
      {
        year: 2026,
        source: null,
        holidayCount: 1,
        adjustedWorkdayCount: 0,
        version: 0,
        inherited: !!c.query.get('subDistrictId') && !own,
      },
    ],
  }))
  fake.api.on('GET', /^\/api\/calendar\/\d{4}$/, (c: Call) => {
    const year = Number(c.path.split('/').pop())
    const subDistrictId = c.query.get('subDistrictId') ? Number(c.query.get('subDistrictId')) : null
    const view: CalendarYear =
      subDistrictId !== null && own
        ? own
        : {
            year,
            subDistrictId,
            configured: year === 2026,
            inherited: subDistrictId !== null,
            source: null,
            version: 0,
            days: year === 2026 ? DEFAULT_DAYS : [],
          }
    return { body: view, headers: { ETag: `"${view.version}"` } }
  })
}

async function mountView(me: Partial<Me>) {
  const { plugins } = await setup(me)
  const wrapper = mount(WorkingCalendarView, { global: { plugins, stubs }, attachTo: document.body })
  await settle()
  return wrapper
}

const has = (testid: string) => document.querySelector(`[data-testid="${testid}"]`) !== null

beforeEach(() => {
  fake.api.reset()
  confirm.mockReset()
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-12-04T10:00:00Z') })
})
afterEach(() => {
  vi.useRealTimers()
  document.body.innerHTML = ''
})

// Mounting Element Plus with a fake server takes seconds on a busy machine.
describe('WorkingCalendarView', { timeout: 15_000 }, () => {
  it('opens a scoped street-admin on their sub-district, says the year is inherited and starts their own from the default', async () => {
    serve([{ id: 7, name: '新风路街道', writable: true }])
    fake.api.on('PUT', /^\/api\/calendar\/2026$/, (c: Call) => ({
      body: {
        year: 2026,
        subDistrictId: 7,
        configured: true,
        inherited: false,
        source: null,
        version: 0,
        days: (c.body as { days: CalendarDay[] }).days,
      },
      headers: { ETag: '"0"' },
    }))
    const wrapper = await mountView(SCOPED_ADMIN)

    expect(fake.api.made('GET', '/api/calendar/2026')[0]?.query.get('subDistrictId')).toBe('7')
    expect(el('[data-testid="calendar-inherited"]').textContent).toContain(
      '新风路街道没有自己的 2026 年日历，沿用平台默认',
    )
    expect(has('calendar-save')).toBe(false)
    expect(has('calendar-drop')).toBe(false)

    el('[data-testid="calendar-start-own"]').click()
    await settle()
    expect(has('calendar-inherited')).toBe(false)
    expect(has('calendar-dirty')).toBe(true)
    el('[data-testid="calendar-save"]').click()
    await settle()

    const put = fake.api.made('PUT', '/api/calendar/2026')
    expect(put).toHaveLength(1)
    expect(put[0]!.query.get('subDistrictId')).toBe('7')
    expect(put[0]!.headers.get('If-Match')).toBe('"0"')
    expect(put[0]!.body).toMatchObject({ days: DEFAULT_DAYS })
    expect(toasts().join()).toContain('新风路街道：2026 年工作日历已保存')
    expect(has('calendar-own')).toBe(true)
    expect(has('calendar-drop')).toBe(true)
    wrapper.unmount()
  })

  it('drops an own year against its version, after asking', async () => {
    serve([{ id: 7, name: '新风路街道', writable: true }], {
      year: 2026,
      subDistrictId: 7,
      configured: true,
      inherited: false,
      source: null,
      version: 3,
      days: DEFAULT_DAYS,
    })
    fake.api.on('DELETE', /^\/api\/calendar\/2026$/, { status: 204 })
    confirm.mockResolvedValue('confirm')
    const wrapper = await mountView(SCOPED_ADMIN)
    expect(el('[data-testid="calendar-configured"]').textContent?.trim()).toBe('本街道')

    el('[data-testid="calendar-drop"]').click()
    await settle()
    expect(confirm).toHaveBeenCalledTimes(1)
    const dropped = fake.api.made('DELETE', '/api/calendar/2026')
    expect(dropped).toHaveLength(1)
    expect(dropped[0]!.query.get('subDistrictId')).toBe('7')
    expect(dropped[0]!.headers.get('If-Match')).toBe('"3"')
    wrapper.unmount()
  })

  it('shows a grid worker the calendar of their sub-district, read-only', async () => {
    serve([{ id: 7, name: '新风路街道', writable: false }])
    const wrapper = await mountView({
      roles: ['grid-worker'],
      scope: { all: false, areas: [{ id: 40, level: 'GRID', code: 'G1', name: '一网格' }] },
    })
    expect(el('[data-testid="calendar-owner-name"]').textContent).toBe('新风路街道')
    expect(has('calendar-owner')).toBe(false)
    expect(el('[data-testid="calendar-inherited"]').textContent).toContain('沿用平台默认')
    for (const testid of ['calendar-start-own', 'calendar-save', 'calendar-drop', 'calendar-source']) {
      expect(has(testid), testid).toBe(false)
    }
    wrapper.unmount()
  })

  it('opens a street-admin of the whole platform on the platform default, which they edit', async () => {
    serve([{ id: 7, name: '新风路街道', writable: true }])
    const wrapper = await mountView({ roles: ['street-admin'], scope: { all: true, areas: [] } })
    expect(fake.api.made('GET', '/api/calendar/2026')[0]?.query.has('subDistrictId')).toBe(false)
    expect(has('calendar-owner')).toBe(true)
    expect(has('calendar-inherited')).toBe(false)
    expect(has('calendar-source')).toBe(true)
    expect(has('calendar-save')).toBe(true)
    wrapper.unmount()
  })
})
