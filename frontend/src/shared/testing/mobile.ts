// Shared set-up for the mobile view tests: a mocked API answer, the plugins, and a few DOM helpers.
import { flushPromises } from '@vue/test-utils'
import { closeToast } from 'vant'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { createAppI18n } from '@/shared/i18n'
import { useSessionStore } from '@/shared/auth/session'
import type { Me } from '@/shared/api/types'
import { capabilitiesFor } from './capabilities'

export const ok = (data: unknown, status = 200, headers: Record<string, string> = {}) => ({
  data,
  response: new Response(null, { status, headers }),
})
export const problem = (status: number, body: object) => ({
  error: { status, ...body },
  response: new Response(null, { status }),
})

const Stub = { template: '<div />' }

export async function mobileSetup(path: string, me: Partial<Me> = {}) {
  const pinia = createPinia()
  setActivePinia(pinia)
  const session = useSessionStore()
  session.me = {
    username: 'wangwu',
    displayName: '王五',
    phone: null,
    roles: ['grid-worker'],
    staffId: 7,
    scope: { all: false, areas: [{ id: 5, level: 'GRID', code: 'G1', name: '第一网格' }] },
    capabilities: capabilitiesFor(me.roles ?? ['grid-worker']),
    ...me,
  } as Me
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/m', name: 'mobile', component: Stub },
      { path: '/m/issues', name: 'mobile-issues', component: Stub, meta: { title: 'mobileIssues' } },
      { path: '/m/issues/new', name: 'mobile-issue-new', component: Stub, meta: { title: 'mobileIssueNew' } },
      { path: '/m/issues/:id(\\d+)', name: 'mobile-issue', component: Stub, meta: { title: 'mobileIssue' } },
      { path: '/m/registry', name: 'mobile-registry', component: Stub, meta: { title: 'mobileLookup' } },
      {
        path: '/m/registry/households/:id',
        name: 'mobile-household',
        component: Stub,
        meta: { title: 'mobileHousehold' },
      },
      {
        path: '/m/registry/residents/:id',
        name: 'mobile-resident',
        component: Stub,
        meta: { title: 'mobileResident' },
      },
    ],
  })
  await router.push(path)
  await router.isReady()
  return { router, plugins: [pinia, router, createAppI18n('zh-CN')] }
}

export function el<T extends Element = HTMLElement>(selector: string): T {
  const found = document.querySelector<T>(selector)
  if (!found) throw new Error(`nothing matches ${selector}`)
  return found
}

export async function click(selector: string): Promise<void> {
  el(selector).click()
  await settle()
}

export async function type(selector: string, value: string): Promise<void> {
  const input = el<HTMLInputElement | HTMLTextAreaElement>(selector)
  input.value = value
  input.dispatchEvent(new Event('input'))
  await flushPromises()
}

/** Promises, then Vant's transitions and debounces. */
export async function settle(ms = 50): Promise<void> {
  await flushPromises()
  await new Promise((resolve) => setTimeout(resolve, ms))
  await flushPromises()
}

/** The error message Vant shows under a field. */
export function fieldError(testid: string): string | undefined {
  return document.querySelector(`[data-testid="${testid}"] .van-field__error-message`)?.textContent?.trim()
}

/**
 * Between tests: Vant keeps its toast instances (dropping them makes the next test mount fresh ones in the new body),
 * and measures some bars again up to 300 ms after mounting: let those timers run out before the environment goes.
 */
export async function cleanup(): Promise<void> {
  closeToast(true)
  await new Promise((resolve) => setTimeout(resolve, 350))
  document.body.innerHTML = ''
}
