import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import type { AreaNode, TalkDaySummary } from '@/shared/api/types'
import type { FakeApi } from '@/shared/testing/fakeApi'
import { CATEGORIES, detail, el, fieldError, setup, settle, stubs, toasts, type, value } from '@/shared/testing/office'

const fake = vi.hoisted(() => ({ api: null as unknown as FakeApi }))
vi.mock('@/shared/api/client', async (original) =>
  (await import('@/shared/testing/fakeApi')).clientOnFakeApi(original, fake),
)

import BatchIntakePanel from '@/features/talkdays/office/BatchIntakePanel.vue'

const TALK_DAY: TalkDaySummary = {
  id: 8,
  communityId: 2,
  communityName: '幸福里社区',
  date: '2026-11-20',
  startTime: '09:00',
  endTime: '11:30',
  place: '党群服务中心',
  topic: '停水问题',
  hosts: '王书记',
  status: 'HELD',
  attendanceCount: 30,
  issueCount: 0,
  version: 2,
}

const TREE: AreaNode[] = [
  {
    id: 1,
    level: 'SUB_DISTRICT',
    code: 'CGJD',
    name: '城关街道',
    inScope: false,
    children: [
      {
        id: 2,
        level: 'COMMUNITY',
        code: 'XFL',
        name: '幸福里社区',
        inScope: true,
        children: [{ id: 21, level: 'GRID', code: 'XFL-G1', name: '幸福里第一网格', inScope: true, children: [] }],
      },
    ],
  },
]

type Form = {
  receivedById?: number
  categoryId?: number
  receivedAt?: Date
  urgency: string
  reporter: object
  location: object
  description: string
}

let number = 0
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date('2026-11-21T02:00:00Z')) // the day after the session (Beijing time)
  number = 0
  fake.api.reset()
  fake.api.on('GET', '/api/issue-categories', { body: CATEGORIES })
  fake.api.on('POST', '/api/issues', () => {
    number++
    return {
      status: 201,
      body: detail({}, { id: 100 + number, number: `Q20261121-00010${number}` }),
      headers: { ETag: '"0"' },
    }
  })
})

afterEach(() => {
  vi.useRealTimers()
  document.body.innerHTML = ''
})

async function mountPanel() {
  const { plugins } = await setup()
  const wrapper = mount(BatchIntakePanel, {
    props: { talkDay: TALK_DAY, tree: TREE },
    global: { plugins, stubs },
    attachTo: document.body,
  })
  await settle()
  return { wrapper, form: (wrapper.vm as unknown as { form: Form }).form }
}

function pressEnter(testid: string, init: KeyboardEventInit = {}) {
  el(`[data-testid="${testid}"] textarea, textarea[data-testid="${testid}"]`).dispatchEvent(
    new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, ...init }),
  )
}

describe('BatchIntakePanel', () => {
  it('keeps the session, receiver, category and time after a save, and clears the rest', async () => {
    const { wrapper, form } = await mountPanel()
    // the caller is the default first-responsible person; entered the day after, the issues date from the session
    expect(form.receivedById).toBe(11)
    expect(form.receivedAt?.toISOString()).toBe('2026-11-20T01:00:00.000Z')
    form.categoryId = 3
    await type('reporter-name', '张大爷')
    await type('reporter-phone', '13800138000')
    await type('intake-description', '3号楼停水两天')
    form.urgency = 'HIGH'
    pressEnter('intake-description')
    await settle()

    const posts = fake.api.made('POST', '/api/issues')
    expect(posts).toHaveLength(1)
    expect(posts[0]!.body).toEqual({
      categoryId: 3,
      description: '3号楼停水两天',
      urgency: 'HIGH',
      channel: 'TALK_DAY',
      talkDayId: 8,
      location: { areaId: 2 },
      reporter: { name: '张大爷', phone: '13800138000' },
      receivedById: 11,
      receivedAt: '2026-11-20T01:00:00.000Z',
    })
    expect(toasts()).toContain('已登记诉求 Q20261121-000101')
    expect(wrapper.emitted('saved')).toHaveLength(1)

    // kept
    expect(form.categoryId).toBe(3)
    expect(form.receivedById).toBe(11)
    expect(form.receivedAt?.toISOString()).toBe('2026-11-20T01:00:00.000Z')
    // cleared
    expect(form.reporter).toEqual({})
    expect(form.location).toEqual({ areaId: 2 })
    expect(form.urgency).toBe('NORMAL')
    expect(value('reporter-name')).toBe('')
    expect(value('reporter-phone')).toBe('')
    expect(value('intake-description')).toBe('')
    expect(el('[data-testid="intake-count"]').textContent).toContain('1')
    // ready for the next reporter
    expect(document.activeElement).toBe(el('input[data-testid="reporter-name"]'))

    // the next one goes out with the kept fields and only what was typed anew
    await type('reporter-name', '王阿姨')
    await type('intake-description', '楼道灯不亮')
    el<HTMLButtonElement>('[data-testid="intake-submit"]').click()
    await settle()
    expect(fake.api.made('POST', '/api/issues')[1]!.body).toMatchObject({
      categoryId: 3,
      receivedById: 11,
      talkDayId: 8,
      reporter: { name: '王阿姨' },
      description: '楼道灯不亮',
      urgency: 'NORMAL',
    })
    wrapper.unmount()
  })

  it('does not save on Shift+Enter or without a category', async () => {
    const { wrapper, form } = await mountPanel()
    await type('reporter-name', '张大爷')
    await type('intake-description', '第一行')
    pressEnter('intake-description', { shiftKey: true })
    await settle()
    expect(fake.api.made('POST', '/api/issues')).toHaveLength(0)
    pressEnter('intake-description')
    await settle()
    expect(fake.api.made('POST', '/api/issues')).toHaveLength(0)
    expect(fieldError('intake-category')).toBe('请选择诉求类别')
    form.categoryId = 3
    await settle()
    pressEnter('intake-description')
    await settle()
    expect(fake.api.made('POST', '/api/issues')).toHaveLength(1)
    wrapper.unmount()
  })

  it('shows the server’s field messages next to the fields and keeps what was typed', async () => {
    fake.api.on('POST', '/api/issues', {
      status: 400,
      body: {
        status: 400,
        title: '请求参数有误',
        violations: [{ field: 'create.body.reporter.phone', message: '不是有效的手机或固定电话号码' }],
      },
    })
    const { wrapper, form } = await mountPanel()
    form.categoryId = 3
    await type('reporter-name', '张大爷')
    await type('reporter-phone', '123')
    await type('intake-description', '停水')
    pressEnter('intake-description')
    await settle()
    expect(fieldError('reporter-phone')).toBe('不是有效的手机或固定电话号码')
    expect(value('reporter-name')).toBe('张大爷')
    expect(value('intake-description')).toBe('停水')
    expect(wrapper.emitted('saved')).toBeUndefined()
    wrapper.unmount()
  })
})
