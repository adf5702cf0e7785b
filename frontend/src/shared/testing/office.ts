// Shared set-up for the office issue and talk-day tests: a fake API behind the real client (mocked at the fetch
// level, so that the client's middleware, ETags and If-Match work as in the browser), the plugins and fixtures.
import { flushPromises } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { createAppI18n } from '@/shared/i18n'
import { useSessionStore } from '@/shared/auth/session'
import type { IssueDetail, IssueSummary, Me } from '@/shared/api/types'
import { capabilitiesFor } from './capabilities'

export { FakeApi, type Call } from './fakeApi'

export const ME: Me = {
  username: 'community',
  displayName: '李秀英',
  phone: null,
  roles: ['community-staff'],
  staffId: 11,
  scope: { all: false, areas: [{ id: 2, level: 'COMMUNITY', code: 'XFL', name: '幸福里社区' }] },
  capabilities: capabilitiesFor(['community-staff']),
}

export async function setup(me: Partial<Me> = {}, locale: 'zh-CN' | 'en-US' = 'zh-CN') {
  const pinia = createPinia()
  setActivePinia(pinia)
  const roles = me.roles ?? ME.roles
  // a role given without its capabilities gets those the server would report for it
  useSessionStore().me = { ...ME, ...me, capabilities: me.capabilities ?? capabilitiesFor(roles, !!me.scope?.all) }
  const Stub = { template: '<div />' }
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:any(.*)*', component: Stub }] })
  await router.push('/')
  await router.isReady()
  return { router, plugins: [pinia, router, ElementPlus, createAppI18n(locale)] }
}

export const stubs = { transition: false, 'transition-group': false }

/** Promises, then Element Plus's debounced form messages and transitions. */
export async function settle(ms = 150): Promise<void> {
  await flushPromises()
  await new Promise((resolve) => setTimeout(resolve, ms))
  await flushPromises()
}

export function el<T extends Element = HTMLElement>(selector: string): T {
  const found = document.querySelector<T>(selector)
  if (!found) throw new Error(`nothing matches ${selector}`)
  return found
}

/** Types into an input or textarea (given by data-testid, on the element or its wrapper). */
export async function type(testid: string, value: string): Promise<void> {
  const input = el<HTMLInputElement | HTMLTextAreaElement>(
    `[data-testid="${testid}"] input, [data-testid="${testid}"] textarea, input[data-testid="${testid}"], textarea[data-testid="${testid}"]`,
  )
  input.value = value
  input.dispatchEvent(new Event('input'))
  await flushPromises()
}

export function value(testid: string): string {
  return el<HTMLInputElement | HTMLTextAreaElement>(
    `[data-testid="${testid}"] input, [data-testid="${testid}"] textarea, input[data-testid="${testid}"], textarea[data-testid="${testid}"]`,
  ).value
}

/** The message Element Plus shows under the form item holding `testid`. */
export function fieldError(testid: string): string | undefined {
  return el(`[data-testid="${testid}"]`)
    .closest('.el-form-item')
    ?.querySelector('.el-form-item__error')
    ?.textContent?.trim()
}

export function toasts(): string[] {
  return [...document.querySelectorAll('.el-message__content')].map((m) => m.textContent?.trim() ?? '')
}

const staff = (id: number, displayName: string) => ({ id, displayName })
const HOUR = 3_600_000

export function summary(overrides: Partial<IssueSummary> = {}): IssueSummary {
  return {
    id: 5,
    number: 'Q20261121-000005',
    categoryId: 3,
    categoryName: '供水',
    categoryNameEn: 'Water supply',
    summary: '3号楼停水两天',
    status: 'RECEIVED',
    urgency: 'NORMAL',
    channel: 'TALK_DAY',
    warning: 'NONE',
    communityId: 2,
    communityName: '幸福里社区',
    gridId: 21,
    gridName: '幸福里第一网格',
    locationText: '幸福里第一网格',
    reporterName: '张大爷',
    firstResponsible: staff(11, '李秀英'),
    handler: null,
    handlerTeam: null,
    receivedAt: new Date(Date.now() - 2 * HOUR).toISOString(),
    dueAt: new Date(Date.now() + 70 * HOUR).toISOString(),
    resolvedAt: null,
    closedAt: null,
    escalated: false,
    talkDayId: 8,
    version: 4,
    ...overrides,
  }
}

export function detail(
  overrides: Partial<IssueDetail> = {},
  summaryOverrides: Partial<IssueSummary> = {},
): IssueDetail {
  const s = summary(summaryOverrides)
  return {
    issue: s,
    description: '3号楼停水两天了，请尽快处理',
    reporter: { residentId: null, name: '张大爷', phoneMasked: '138****8000' },
    location: { householdId: null, householdLabel: null, buildingId: null, buildingName: null, address: null },
    receivedBy: staff(11, '李秀英'),
    handlerTeamLeaders: [],
    talkDayTitle: '2026-11-20 停水问题',
    warnAt: new Date(Date.now() + 40 * HOUR).toISOString(),
    acceptedAt: null,
    rejectionReason: null,
    satisfaction: null,
    reopenCount: 0,
    timeLimitDays: 3,
    events: [
      {
        id: 1,
        type: 'RECEIVED',
        fromStatus: null,
        toStatus: 'RECEIVED',
        actor: staff(11, '李秀英'),
        at: s.receivedAt,
        deviceRecordedAt: null,
        comment: null,
        detail: '李秀英',
      },
    ],
    extensions: [],
    photos: [],
    allowedActions: [],
    visitId: null,
    deviceRecordedAt: null,
    ...overrides,
  }
}

export const CATEGORIES = [
  {
    id: 3,
    code: 'WATER',
    name: '供水',
    timeLimitDays: 3,
    sortOrder: 10,
    active: true,
    platformDefault: true,
    version: 0,
  },
  {
    id: 4,
    code: 'POWER',
    name: '供电',
    timeLimitDays: 3,
    sortOrder: 20,
    active: true,
    platformDefault: true,
    version: 0,
  },
  {
    id: 9,
    code: 'OLD',
    name: '旧类别',
    timeLimitDays: 5,
    sortOrder: 30,
    active: false,
    platformDefault: false,
    version: 1,
  },
]
