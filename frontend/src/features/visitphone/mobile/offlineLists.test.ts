import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import TodayVisits from './TodayVisits.vue'
import MyHouseholds from './MyHouseholds.vue'
import HouseholdCard from './HouseholdCard.vue'
import { cleanup, el, mobileSetup, settle } from '@/shared/testing/mobile'

const api = vi.hoisted(() => ({ GET: vi.fn(), POST: vi.fn(), PUT: vi.fn() }))
vi.mock('@/shared/api/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/shared/api/client')>()),
  api,
}))
const offline = vi.hoisted(() => ({
  store: { capable: true, online: false, items: [] as unknown[] },
  offlineObligations: vi.fn(),
  offlineHouseholds: vi.fn(),
  offlineHousehold: vi.fn(),
  parts: [] as string[],
}))
// offline: every page reads the device's copy, fetched at 09:00 Beijing time
vi.mock('@/features/offline', () => ({
  useOfflineStore: () => offline.store,
  offlineObligations: offline.offlineObligations,
  offlineHouseholds: offline.offlineHouseholds,
  offlineHousehold: offline.offlineHousehold,
  readWithFallback: async (
    owner: string,
    part: string,
    _server: () => Promise<unknown>,
    device: (owner: string) => Promise<unknown>,
  ) => {
    offline.parts.push(part)
    return { data: await device(owner), offlineAt: '2026-12-05T01:00:00Z' }
  },
}))

function card(id: number, address: string, dueOn: string | null) {
  return {
    id,
    address,
    gridId: 5,
    gridName: '第一网格',
    headName: '张三',
    careTags: [],
    members: [],
    pairings: [],
    obligations: dueOn
      ? [
          {
            id: 1,
            ruleName: '独居老人月访',
            dueOn,
            state: 'DUE',
            startsOn: '2026-12-01',
            endsOn: dueOn,
            completedDays: 0,
            visitsRequired: 1,
            attemptDays: 0,
          },
        ]
      : [],
    recentVisits: [],
    questions: [],
    needs: [],
    issueCategories: [],
  }
}

// van-list loads only when it can see itself: jsdom lays nothing out, so let elements have their parent as offsetParent
const offsetParent = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetParent')!
beforeEach(() => {
  Object.defineProperty(HTMLElement.prototype, 'offsetParent', {
    configurable: true,
    get(this: HTMLElement) {
      return this.parentElement
    },
  })
  offline.parts = []
  api.GET.mockRejectedValue(new TypeError('Failed to fetch'))
  offline.offlineObligations.mockResolvedValue([
    {
      id: 11,
      state: 'OVERDUE',
      dueOn: '2026-12-01',
      ruleName: '独居老人月访',
      household: { id: 7, address: '3号楼1单元202', gridName: '第一网格' },
    },
  ])
  offline.offlineHouseholds.mockResolvedValue([card(7, '3号楼1单元202', '2026-12-20'), card(8, '5号楼303', null)])
  offline.offlineHousehold.mockResolvedValue(card(7, '3号楼1单元202', '2026-12-20'))
})

afterEach(async () => {
  Object.defineProperty(HTMLElement.prototype, 'offsetParent', offsetParent)
  await cleanup()
  vi.clearAllMocks()
})

async function show(component: object, props: Record<string, unknown> = {}) {
  const { plugins } = await mobileSetup('/m')
  const wrapper = mount(component, { props, global: { plugins }, attachTo: document.body })
  await settle()
  return wrapper
}

describe('visit pages without a network', () => {
  it("today's visits: the list kept on the device, with its age", async () => {
    const wrapper = await show(TodayVisits)
    expect(offline.parts).toEqual(['obligations'])
    expect(el('[data-testid="offline-note"]').textContent).toContain('离线数据，更新于 12月5日 09:00')
    expect(el('[data-testid="mobile-visit-obligation-11"]').textContent).toContain('3号楼1单元202')
    wrapper.unmount()
  })

  it('my households: the kept cards as the list', async () => {
    const wrapper = await show(MyHouseholds)
    expect(el('[data-testid="offline-note"]').textContent).toContain('离线数据')
    expect(document.querySelector('[data-testid="mobile-visit-household-7"]')).not.toBeNull()
    expect(document.querySelector('[data-testid="mobile-visit-household-8"]')).not.toBeNull()
    wrapper.unmount()
  })

  it("a household's card: the kept one", async () => {
    const wrapper = await show(HouseholdCard, { id: 7 })
    expect(offline.offlineHousehold).toHaveBeenCalledWith('wangwu', 7)
    expect(el('[data-testid="mobile-visit-household-address"]').textContent).toBe('3号楼1单元202')
    expect(el('[data-testid="offline-note"]').textContent).toContain('离线数据')
    wrapper.unmount()
  })
})
