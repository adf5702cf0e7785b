import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import type { ApiClient, AreaNode } from '@/shared/api/types'
import type { FakeApi } from '@/shared/testing/fakeApi'
import { el, setup, settle, stubs, type } from '@/shared/testing/office'

const fake = vi.hoisted(() => ({ api: null as unknown as FakeApi }))
vi.mock('@/shared/api/client', async (original) =>
  (await import('@/shared/testing/fakeApi')).clientOnFakeApi(original, fake),
)

import ApiClientsView from '@/features/apiclients/office/ApiClientsView.vue'

const TREE: AreaNode[] = [
  {
    id: 1,
    level: 'SUB_DISTRICT',
    code: 'CG',
    name: '城关街道',
    inScope: true,
    children: [{ id: 2, level: 'COMMUNITY', code: 'XFL', name: '幸福里社区', inScope: true, children: [] }],
  },
]

function client(overrides: Partial<ApiClient> = {}): ApiClient {
  return {
    id: 7,
    clientId: 'gridwork-api-k3x9q2m7pa',
    username: 'service-account-gridwork-api-k3x9q2m7pa',
    name: '12345 热线对接',
    contactName: '王强',
    contactEmail: 'ops@hotline.example.cn',
    role: 'viewer',
    areas: [{ id: 2, level: 'COMMUNITY', code: 'XFL', name: '幸福里社区' }],
    enabled: true,
    secretIssuedAt: '2026-11-20T02:00:00Z',
    createdBy: 'admin',
    version: 0,
    createdAt: '2026-11-20T02:00:00Z',
    updatedAt: '2026-11-20T02:00:00Z',
    ...overrides,
  }
}

const CREDENTIALS = {
  clientId: 'gridwork-api-k3x9q2m7pa',
  clientSecret: 'Zq8s1mN0pX4rT7vW2yB5cE9fH3jK6lM0',
  tokenUrl: 'http://localhost:8180/realms/gridwork/protocol/openid-connect/token',
}

function serveList(items: ApiClient[]) {
  fake.api.on('GET', '/api/api-clients', { body: { items, page: 0, size: 20, total: items.length } })
  fake.api.on('GET', '/api/areas/tree', { body: TREE })
}

async function mountView() {
  const { plugins } = await setup({ username: 'admin', roles: ['street-admin'], scope: { all: true, areas: [] } })
  const wrapper = mount(ApiClientsView, { global: { plugins, stubs }, attachTo: document.body })
  await settle()
  return wrapper
}

/** Answers the open ElMessageBox.confirm. */
async function answerConfirm(ok: boolean) {
  await settle()
  el<HTMLButtonElement>(`.el-message-box__btns .el-button${ok ? '--primary' : ':not(.el-button--primary)'}`).click()
  await settle()
}

const secretDialog = () => document.querySelector('[data-testid="client-secret-dialog"]')

beforeEach(() => fake.api.reset())
afterEach(() => {
  document.body.innerHTML = ''
})

describe('ApiClientsView', () => {
  it('registers a system with one of the roles a system may hold, then shows its secret once', async () => {
    serveList([])
    fake.api.on('POST', '/api/api-clients', { status: 201, body: { client: client(), credentials: CREDENTIALS } })
    const wrapper = await mountView()

    el<HTMLButtonElement>('[data-testid="api-client-create"]').click()
    await settle()
    const roles = [...document.querySelectorAll('[data-testid^="api-client-role-"]')].map((o) =>
      o.getAttribute('data-testid'),
    )
    expect(roles).toEqual(['api-client-role-community-staff', 'api-client-role-grid-worker', 'api-client-role-viewer'])

    await type('api-client-name', ' 12345 热线对接 ')
    await type('api-client-contact-name', '王强')
    await type('api-client-contact-email', 'ops@hotline.example.cn')
    el<HTMLElement>('[data-testid="scope-option-2"]').click()
    await settle()
    el<HTMLButtonElement>('[data-testid="api-client-submit"]').click()
    await settle()

    expect(fake.api.made('POST', '/api/api-clients')[0]?.body).toEqual({
      name: '12345 热线对接',
      contactName: '王强',
      contactEmail: 'ops@hotline.example.cn',
      role: 'viewer',
      areaIds: [2],
    })
    expect(secretDialog()).not.toBeNull()
    expect(el('[data-testid="client-secret"]').textContent).toBe(CREDENTIALS.clientSecret)
    expect(el('[data-testid="client-id"]').textContent).toBe(CREDENTIALS.clientId)
    expect(el('[data-testid="token-url"]').textContent).toBe(CREDENTIALS.tokenUrl)
    expect(el('[data-testid="client-secret-warning"]').textContent).toContain('关闭后您将无法再次查看')
    expect(el('[data-testid="client-example"]').textContent).toContain(
      `curl -u ${CREDENTIALS.clientId}:"$CLIENT_SECRET"`,
    )
    expect(fake.api.made('GET', '/api/api-clients')).toHaveLength(2) // the list reloads behind the dialog
    wrapper.unmount()
  })

  it('checks the contact e-mail and the scope before sending', async () => {
    serveList([])
    const wrapper = await mountView()
    el<HTMLButtonElement>('[data-testid="api-client-create"]').click()
    await settle()
    await type('api-client-name', '物业系统')
    await type('api-client-contact-name', '赵六')
    await type('api-client-contact-email', 'not-an-address')
    el<HTMLButtonElement>('[data-testid="api-client-submit"]').click()
    await settle()
    expect(fake.api.made('POST', '/api/api-clients')).toHaveLength(0)
    const errors = [...document.querySelectorAll('.el-form-item__error')].map((e) => e.textContent?.trim())
    expect(errors).toEqual(['请输入有效的邮箱地址', '请至少选择一个管辖区域'])
    wrapper.unmount()
  })

  it('rotates only after confirming, and shows the new secret', async () => {
    serveList([client()])
    fake.api.on('POST', '/api/api-clients/7/secret', {
      body: { ...CREDENTIALS, clientSecret: 'new-secret-0123456789abcdef' },
    })
    const wrapper = await mountView()

    el<HTMLButtonElement>('[data-testid="api-client-rotate-7"]').click()
    await answerConfirm(false)
    expect(fake.api.made('POST', '/api/api-clients/7/secret')).toHaveLength(0)
    expect(secretDialog()).toBeNull()

    el<HTMLButtonElement>('[data-testid="api-client-rotate-7"]').click()
    await answerConfirm(true)
    expect(fake.api.made('POST', '/api/api-clients/7/secret')).toHaveLength(1)
    expect(el('[data-testid="client-secret"]').textContent).toBe('new-secret-0123456789abcdef')
    wrapper.unmount()
  })

  it('disables a client after confirming and shows the server state', async () => {
    serveList([client()])
    fake.api.on('POST', '/api/api-clients/7/disable', { body: client({ enabled: false, version: 1 }) })
    const wrapper = await mountView()
    const toggle = () => el('[data-testid="api-client-enabled-7"]')
    expect(toggle().classList.contains('is-checked')).toBe(true)

    toggle().click()
    await answerConfirm(true)
    expect(fake.api.made('POST', '/api/api-clients/7/disable')).toHaveLength(1)
    expect(toggle().classList.contains('is-checked')).toBe(false)
    wrapper.unmount()
  })
})
