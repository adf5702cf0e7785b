import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import OutboxPage from './OutboxPage.vue'
import { closeDialog } from 'vant'
import { click, el, mobileSetup, settle } from '@/shared/testing/mobile'
import { enqueue } from '../outbox'
import { useOfflineStore } from '../store'
import { offlineTestbed } from '../testing'
import type { OutboxItem } from '../model/outbox'

const OWNER = 'wangwu'
let bed: ReturnType<typeof offlineTestbed>

async function put(label: string, patch: Partial<OutboxItem>, minute: number): Promise<OutboxItem> {
  const item = await enqueue(
    { owner: OWNER, kind: 'issue.action', path: '/api/issues/42/resolve', body: { comment: '已联系物业' }, label },
    new Date(Date.UTC(2026, 11, 5, 1, minute)),
  )
  await bed.db.outbox.update(item.id, patch)
  return { ...item, ...patch }
}

const version = (status: string, handler: string, event: string, at: string) => ({
  issue: { id: 42, status, handler: { id: 1, displayName: handler }, handlerTeam: null },
  events: [{ id: 1, type: event, at, actor: { id: 1, displayName: handler }, comment: null, detail: null }],
})

async function mountPage(path = '/m/outbox') {
  const { plugins } = await mobileSetup(path)
  const store = useOfflineStore()
  store.capable = true
  store.start(OWNER)
  const wrapper = mount(OutboxPage, { global: { plugins }, attachTo: document.body })
  await vi.waitFor(() => expect(store.items.length).toBeGreaterThan(0))
  await settle()
  return { wrapper, store }
}

beforeEach(() => {
  bed = offlineTestbed()
  // offline: the page's own start must not send anything in these tests
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false)
})
afterEach(async () => {
  useOfflineStore().stop()
  vi.restoreAllMocks()
  // not the shared cleanup: it empties the body, and Vant's confirm dialog (made once) would be gone for the next test
  closeDialog()
  await settle(350)
})

describe('the outbox page', () => {
  it('shows each item’s state in words, its attempts and last error; sent ones with a link', async () => {
    const waiting = await put('走访 3-2-501', { kind: 'visit.create', path: '/api/visits' }, 1)
    const failed = await put(
      '上报：楼道堆物',
      { state: 'failed', attempts: 1, lastError: { status: 422, title: '输入有误', detail: 'outcome: 不能为空' } },
      2,
    )
    const noAnswer = await put('备注', { attempts: 0, lastError: { status: 0, title: 'network' } }, 3)
    const sent = await put(
      '走访 1-1-101',
      { state: 'sent', sentAt: '2026-12-05T02:00:00Z', link: '/m/visits/9/done' },
      0,
    )

    const { wrapper } = await mountPage()

    const state = (id: string) => el(`[data-testid="outbox-item-${id}"] [data-testid="outbox-item-state"]`).textContent
    expect(state(waiting.id)).toContain('等待发送')
    expect(state(failed.id)).toContain('发送失败')
    expect(el(`[data-testid="outbox-item-${failed.id}"]`).textContent).toContain('已尝试 1 次')
    expect(el(`[data-testid="outbox-item-${failed.id}"] [data-testid="outbox-item-error"]`).textContent).toContain(
      '输入有误',
    )
    expect(el(`[data-testid="outbox-item-${noAnswer.id}"] [data-testid="outbox-item-error"]`).textContent).toContain(
      '没有连接到服务器',
    )
    expect(el('[data-testid="outbox-status"]').textContent).toContain('3 条未发送')
    expect(el('[data-testid="outbox-status"]').textContent).toContain('无网络')
    // offline: nothing to press
    expect(el<HTMLButtonElement>('[data-testid="outbox-send-now"]').disabled).toBe(true)
    expect(el(`[data-testid="outbox-item-${sent.id}"] [data-testid="outbox-item-link"]`).getAttribute('href')).toBe(
      '/m/visits/9/done',
    )
    // retry and discard only on the failed one
    expect(document.querySelectorAll('[data-testid="outbox-retry"]')).toHaveLength(1)
    wrapper.unmount()
  })

  it('discard asks first: cancelled keeps the item, confirmed removes it and its photos', async () => {
    const failed = await put(
      '上报：楼道堆物',
      { state: 'failed', attempts: 1, lastError: { status: 400, title: 'x' } },
      1,
    )
    await bed.db.photos.add({
      id: 'p1',
      itemId: failed.id,
      owner: OWNER,
      position: 0,
      blob: new Blob(['x']),
      fileName: 'a.jpg',
      attempts: 0,
    })
    const { wrapper, store } = await mountPage()
    expect(el('[data-testid="outbox-photo"]').textContent).toContain('待上传')

    await click('[data-testid="outbox-discard"]')
    expect(el('.van-dialog').textContent).toContain('删除这条记录？')
    await click('.van-dialog__cancel')
    expect(await bed.db.outbox.get(failed.id)).toBeDefined()

    await click('[data-testid="outbox-discard"]')
    await click('.van-dialog__confirm')
    await vi.waitFor(async () => expect(await bed.db.outbox.count()).toBe(0))
    expect(await bed.db.photos.count()).toBe(0)
    await vi.waitFor(() => expect(store.items).toHaveLength(0))
    wrapper.unmount()
  })

  it('a conflict shows both versions and my note, and offers the two choices', async () => {
    const conflict = await put(
      '办理完成：楼道堆物',
      {
        state: 'conflict',
        attempts: 1,
        conflict: {
          mine: {
            body: { comment: '已联系物业' },
            ifMatch: '"3"',
            recordedAt: '2026-12-05T01:05:00Z',
            seen: version('IN_PROGRESS', '王五', 'STARTED', '2026-12-04T08:00:00Z'),
          },
          theirs: version('CLOSED', '李红', 'CLOSED', '2026-12-05T03:00:00Z'),
          theirsEtag: '"5"',
        },
      },
      5,
    )
    const { wrapper, store } = await mountPage()
    const mine = el('[data-testid="outbox-conflict-mine"]').textContent
    const theirs = el('[data-testid="outbox-conflict-theirs"]').textContent
    expect(mine).toContain('办理中')
    expect(mine).toContain('王五')
    expect(theirs).toContain('已办结')
    expect(theirs).toContain('李红')
    expect(el('[data-testid="outbox-conflict-note"]').textContent).toBe('已联系物业')

    const resolve = vi.spyOn(store, 'resolveConflict').mockResolvedValue()
    await click('[data-testid="outbox-apply"]')
    expect(resolve).toHaveBeenCalledWith(conflict.id, 'apply-to-current')
    await click('[data-testid="outbox-drop"]')
    await click('.van-dialog__confirm')
    expect(resolve).toHaveBeenLastCalledWith(conflict.id, 'discard')
    wrapper.unmount()
  })
})
