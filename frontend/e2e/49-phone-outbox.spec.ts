// The phone's outbox (project `phone`), with items put into the device database as the screens queue them offline:
// a note on an issue is sent by hand and lands once; an action made against a version of the issue that has since
// changed lands in "conflict" with both versions shown, and the worker applies it to the current version. The issue is
// made through the API as the street-admin and given to the world's grid worker.
import type { Page } from '@playwright/test'
import { expect, newRun, test, type World } from './fixtures'

test.describe.configure({ mode: 'serial' })

const run = newRun()
const description = `E2E${run.stamp} 楼道堆物`
const note = `E2E${run.stamp} 已联系物业清理`
let world: World
let issueId = 0
/** The ETag of the issue when the worker "saw" it (before the street-admin changed it). */
let seenEtag = ''

/**
 * Puts an item into the device's outbox as enqueue() would (the app has opened the database by then), and reloads:
 * the app watches its database through Dexie, which does not see a write made beside it.
 */
async function queue(page: Page, item: { id: string; path: string; body: object; label: string; ifMatch?: string }) {
  await page.evaluate(
    ({ item, owner }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('gridwork')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const at = new Date().toISOString()
          const tx = open.result.transaction('outbox', 'readwrite')
          tx.objectStore('outbox').add({
            ...item,
            owner,
            kind: 'issue.action',
            method: 'POST',
            link: `/m/issues/${item.path.split('/')[3]}`,
            state: 'waiting',
            attempts: 0,
            createdAt: at,
            updatedAt: at,
          })
          tx.oncomplete = () => {
            open.result.close()
            resolve()
          }
          tx.onerror = () => reject(tx.error)
        }
      }),
    { item, owner: world.worker.username },
  )
  await page.reload({ waitUntil: 'domcontentloaded' })
}

test.beforeAll(async ({ adminApi }) => {
  world = await adminApi.world(run)
  issueId = await adminApi.otherIssue(world.grid.id, description, `冯${run.stamp.slice(-2)}`)
  const { etag } = await adminApi.call('GET', `/api/issues/${issueId}`)
  const accepted = await adminApi.call('POST', `/api/issues/${issueId}/accept`, {}, { 'If-Match': etag! })
  seenEtag = accepted.etag!
})

test('a note queued on the phone is sent (at start, or by hand) and lands once', async ({
  app,
  adminApi,
}, testInfo) => {
  await app.page.goto('/m', { waitUntil: 'domcontentloaded' })
  await app.signIn(world.worker)
  await app.page.waitForURL(/\/m$/)
  await app.page.goto('/m/outbox', { waitUntil: 'domcontentloaded' })
  await expect(app.page.locator('h1')).toHaveText('发件箱')
  const id = crypto.randomUUID()
  await queue(app.page, {
    id,
    path: `/api/issues/${issueId}/comments`,
    body: { comment: note },
    label: '备注：楼道堆物',
  })

  const item = app.byTestId(`outbox-item-${id}`)
  // the app replays the outbox at start (the reload), else the worker sends it by hand
  await expect(item).toBeVisible()
  // (the start's replay may take it between the two looks: the button is then disabled and the tap is moot)
  const sendNow = app.byTestId('outbox-send-now')
  if ((await item.getAttribute('data-state')) === 'waiting' && (await sendNow.isEnabled())) {
    await sendNow.tap({ timeout: 3_000 }).catch(() => undefined)
  }
  await expect(item.getByTestId('outbox-item-link')).toBeVisible()
  await expect(app.byTestId('outbox-status')).toContainText('全部已发送')
  await app.screenshot('outbox-sent')
  await app.checkA11y(testInfo, 'phone outbox')

  const { body } = await adminApi.call<{ events: { comment: string | null }[] }>('GET', `/api/issues/${issueId}`)
  expect(body.events.filter((e) => e.comment === note)).toHaveLength(1)
})

test('an action on a version that changed meanwhile shows both versions; applied to the current one', async ({
  app,
  adminApi,
}, testInfo) => {
  // meanwhile the street-admin gives the issue to the worker: the version the worker saw is stale
  const assigned = await adminApi.call(
    'POST',
    `/api/issues/${issueId}/assign`,
    { handlerId: world.worker.id },
    { 'If-Match': seenEtag },
  )
  expect(assigned.etag).not.toBe(seenEtag)
  await app.page.goto('/m/outbox', { waitUntil: 'domcontentloaded' })
  await expect(app.byTestId('outbox-status')).toBeVisible()
  const id = crypto.randomUUID()
  await queue(app.page, {
    id,
    path: `/api/issues/${issueId}/start`,
    body: { comment: '马上去现场' },
    label: '开始办理：楼道堆物',
    ifMatch: seenEtag,
  })
  const item = app.byTestId(`outbox-item-${id}`)
  await expect(item).toBeVisible()
  // (the start's replay may take it between the two looks: the button is then disabled and the tap is moot)
  const sendNow = app.byTestId('outbox-send-now')
  if ((await item.getAttribute('data-state')) === 'waiting' && (await sendNow.isEnabled())) {
    await sendNow.tap({ timeout: 3_000 }).catch(() => undefined)
  }

  await expect(item).toHaveAttribute('data-state', 'conflict')
  await expect(item.getByTestId('outbox-item-state')).toHaveText('有冲突')
  await expect(item.getByTestId('outbox-conflict-theirs')).toContainText('已交办')
  await expect(item.getByTestId('outbox-conflict-theirs')).toContainText(world.worker.displayName)
  await expect(item.getByTestId('outbox-conflict-note')).toHaveText('马上去现场')
  await app.screenshot('outbox-conflict')
  await app.checkA11y(testInfo, 'phone outbox conflict')

  await item.getByTestId('outbox-apply').tap()
  await expect(item).toBeHidden()
  await expect(app.byTestId('outbox-status')).toContainText('全部已发送')
  const { body } = await adminApi.call<{ issue: { status: string } }>('GET', `/api/issues/${issueId}`)
  expect(body.issue.status).toBe('IN_PROGRESS')
})
