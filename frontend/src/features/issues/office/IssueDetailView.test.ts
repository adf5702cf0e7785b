import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import type { IssueAction, IssueDetail } from '@/shared/api/types'
import type { FakeApi } from '@/shared/testing/fakeApi'
import { detail, el, fieldError, setup, settle, stubs, toasts, type } from '@/shared/testing/office'

const fake = vi.hoisted(() => ({ api: null as unknown as FakeApi }))
vi.mock('@/shared/api/client', async (original) =>
  (await import('@/shared/testing/fakeApi')).clientOnFakeApi(original, fake),
)

import IssueDetailView from '@/features/issues/office/IssueDetailView.vue'

const ALL_BUTTONS: IssueAction[] = [
  'ACCEPT',
  'ASSIGN',
  'START',
  'RESOLVE',
  'CLOSE',
  'DECIDE_EXTENSION',
  'REJECT',
  'ESCALATE',
  'REQUEST_EXTENSION',
  'TRANSFER',
  'EDIT',
  'COMMENT',
]

function serve(issue: IssueDetail) {
  fake.api.on('GET', '/api/issues/5', { body: issue, headers: { ETag: `"${issue.issue.version}"` } })
}

async function mountView() {
  const { plugins } = await setup()
  const wrapper = mount(IssueDetailView, { props: { id: 5 }, global: { plugins, stubs }, attachTo: document.body })
  await settle()
  return wrapper
}

const buttons = () =>
  [...document.querySelectorAll('[data-testid="issue-actions"] [data-testid^="action-"]')].map((b) =>
    b.getAttribute('data-testid'),
  )

beforeEach(() => fake.api.reset())
afterEach(() => {
  document.body.innerHTML = ''
})

describe('IssueDetailView', () => {
  it('offers exactly the actions the server allows, in workflow order', async () => {
    serve(detail({ allowedActions: ['COMMENT', 'REJECT', 'EDIT', 'ACCEPT', 'ADD_PHOTO', 'TRANSFER'] }))
    const wrapper = await mountView()
    expect(buttons()).toEqual(['action-ACCEPT', 'action-REJECT', 'action-TRANSFER', 'action-EDIT', 'action-COMMENT'])
    for (const a of ALL_BUTTONS.filter((a) => !['ACCEPT', 'REJECT', 'TRANSFER', 'EDIT', 'COMMENT'].includes(a))) {
      expect(document.querySelector(`[data-testid="action-${a}"]`), a).toBeNull()
    }
    expect(document.querySelector('[data-testid="issue-photo-upload"]')).not.toBeNull()
    expect(el('[data-testid="issue-detail-number"]').textContent).toBe('Q20261121-000005')
    wrapper.unmount()
  })

  it('offers nothing to a reader without actions (no buttons, no upload)', async () => {
    serve(detail({ allowedActions: [] }, { status: 'CLOSED', resolvedAt: new Date().toISOString() }))
    const wrapper = await mountView()
    expect(buttons()).toEqual([])
    expect(document.querySelector('[data-testid="issue-photo-upload"]')).toBeNull()
    expect(el('[data-testid="issue-status"]').textContent?.trim()).toBe('已办结')
    wrapper.unmount()
  })

  it('shows the system as the actor of the overdue mark and localises the satisfaction of a close', async () => {
    const at = new Date().toISOString()
    serve(
      detail({
        events: [
          {
            id: 1,
            type: 'OVERDUE',
            fromStatus: null,
            toStatus: null,
            actor: null,
            at,
            deviceRecordedAt: null,
            comment: null,
            detail: null,
          },
          {
            id: 2,
            type: 'CLOSED',
            fromStatus: 'RESOLVED',
            toStatus: 'CLOSED',
            actor: { id: 11, displayName: '李秀英' },
            at,
            deviceRecordedAt: null,
            comment: '已回访',
            detail: 'SATISFIED',
          },
        ],
      }),
    )
    const wrapper = await mountView()
    const timeline = el('[data-testid="issue-timeline"]').textContent ?? ''
    expect(timeline).toContain('系统')
    expect(timeline).toContain('评价：满意')
    expect(timeline).toContain('已办理 → 已办结')
    wrapper.unmount()
  })

  it("shows a phone's own time of a step beside the server's when they differ by more than a minute", async () => {
    const at = '2026-11-21T06:30:00Z'
    const event = {
      fromStatus: null,
      toStatus: null,
      actor: { id: 11, displayName: '李秀英' },
      at,
      detail: null,
    }
    serve(
      detail({
        events: [
          // saved on the phone two hours before it reached the server (Beijing 12:30)
          { ...event, id: 1, type: 'COMMENTED', deviceRecordedAt: '2026-11-21T04:30:00Z', comment: '离线记录' },
          // the same moment said twice: nothing extra
          { ...event, id: 2, type: 'COMMENTED', deviceRecordedAt: '2026-11-21T06:30:20Z', comment: '在线记录' },
        ],
      }),
    )
    const wrapper = await mountView()
    const shown = [...document.querySelectorAll('[data-testid="issue-event-device-time"]')]
    expect(shown).toHaveLength(1)
    expect(shown[0]!.textContent).toContain('手机记录于')
    expect(shown[0]!.textContent).toContain('12:30')
    wrapper.unmount()
  })

  it('accepts against the version shown (If-Match) and shows the answer', async () => {
    serve(detail({ allowedActions: ['ACCEPT', 'COMMENT'] }))
    fake.api.on('POST', '/api/issues/5/accept', {
      body: detail({ allowedActions: ['ASSIGN', 'COMMENT'] }, { status: 'ACCEPTED', version: 5 }),
      headers: { ETag: '"5"' },
    })
    const wrapper = await mountView()
    el<HTMLButtonElement>('[data-testid="action-ACCEPT"]').click()
    await settle()
    await type('action-comment', '属实，予以受理')
    el<HTMLButtonElement>('[data-testid="action-submit"]').click()
    await settle()
    const call = fake.api.made('POST', '/api/issues/5/accept')[0]!
    expect(call.headers.get('If-Match')).toBe('"4"')
    expect(call.body).toEqual({ comment: '属实，予以受理' })
    expect(buttons()).toEqual(['action-ASSIGN', 'action-COMMENT'])
    expect(el('[data-testid="issue-status"]').textContent?.trim()).toBe('已受理')
    wrapper.unmount()
  })

  it('on a conflict shows the server’s message and reloads the issue', async () => {
    serve(detail({ allowedActions: ['ACCEPT'] }))
    fake.api.on('POST', '/api/issues/5/accept', {
      status: 409,
      body: { status: 409, title: 'Conflict', detail: '诉求当前为「已受理」，无法执行「受理」。' },
    })
    const wrapper = await mountView()
    serve(detail({ allowedActions: ['ASSIGN'] }, { status: 'ACCEPTED', version: 5 }))
    el<HTMLButtonElement>('[data-testid="action-ACCEPT"]').click()
    await settle()
    el<HTMLButtonElement>('[data-testid="action-submit"]').click()
    await settle()
    expect(toasts()).toContain('诉求当前为「已受理」，无法执行「受理」。')
    expect(fake.api.made('GET', '/api/issues/5')).toHaveLength(2)
    expect(buttons()).toEqual(['action-ASSIGN'])
    wrapper.unmount()
  })

  it('gives the issue to a volunteer team instead of a person, then shows the team and its leaders', async () => {
    serve(detail({ allowedActions: ['ASSIGN'] }, { status: 'ACCEPTED', version: 5 }))
    fake.api
      .on('GET', '/api/areas', { body: { items: [], page: 0, size: 100, total: 0 } })
      .on('GET', '/api/issues/5/handler-teams', {
        body: [{ id: 3, name: '幸福里巡防队', areaName: '幸福里社区', leaders: [{ name: '张伟', role: 'LEADER' }] }],
      })
      .on('POST', '/api/issues/5/assign', {
        body: detail(
          { allowedActions: [], handlerTeamLeaders: [{ name: '张伟', role: 'LEADER' }] },
          { status: 'ASSIGNED', handlerTeam: { id: 3, name: '幸福里巡防队' }, version: 6 },
        ),
      })
    fake.api.on('GET', '/api/issue-categories', { body: [] })
    const wrapper = await mountView()
    el<HTMLButtonElement>('[data-testid="action-ASSIGN"]').click()
    await settle()
    el<HTMLElement>('[data-testid="handler-kind-team"]').click()
    await settle()
    expect(document.querySelector('[data-testid="action-handler"]')).toBeNull()
    el<HTMLButtonElement>('[data-testid="action-submit"]').click()
    await settle()
    expect(fieldError('action-handler-team')).toBe('请选择志愿服务队')
    el<HTMLElement>('[data-testid="team-option-3"]').click()
    await settle()
    el<HTMLButtonElement>('[data-testid="action-submit"]').click()
    await settle()
    expect(fake.api.made('POST', '/api/issues/5/assign')[0]!.body).toEqual({ handlerTeamId: 3 })
    expect(el('[data-testid="issue-handler-team"]').textContent).toBe('幸福里巡防队')
    expect(el('[data-testid="issue-handler-team-leaders"]').textContent?.trim()).toBe('张伟（队长）')
    wrapper.unmount()
  })
})
