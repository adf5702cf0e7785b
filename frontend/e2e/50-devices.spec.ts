// The devices of an account (issue 17, desktop): the run's grid worker signs in and its phone reports a sync that
// still held 3 unsent items (through the API, as the offline helper does after a drain); the street-admin then opens
// the staff page, sees the device in the account's dialog, and is warned about it when disabling the account (and
// cancels).
import { expect, newRun, STREET_ADMIN, test, type World } from './fixtures'
import { BASE_URL } from './support/env'

test.describe.configure({ mode: 'serial' })

const run = newRun()
let world: World
const deviceId = crypto.randomUUID()

test.beforeAll(async ({ adminApi }) => {
  world = await adminApi.world(run)
})

test('the grid worker’s phone reports a sync with unsent items', async ({ app }) => {
  let bearer = ''
  app.page.on('request', (r) => {
    const header = r.headers()['authorization']
    if (header?.startsWith('Bearer ') && r.url().startsWith(`${BASE_URL}/api/`)) bearer = header
  })
  await app.page.goto('/', { waitUntil: 'domcontentloaded' })
  await app.signIn(world.worker)
  await app.waitForApp()
  await expect.poll(() => bearer, { message: 'the app calls the API with a bearer token' }).not.toBe('')

  const response = await app.page.request.put(`/api/me/devices/${deviceId}`, {
    headers: { Authorization: bearer, 'Accept-Language': 'zh-CN' },
    data: { label: 'Chrome on Android', unsentCount: 3 },
  })
  expect(response.status(), await response.text()).toBe(200)
  const device = (await response.json()) as { deviceId: string; unsentCount: number; lastSyncAt: string }
  expect(device.deviceId).toBe(deviceId)
  expect(device.unsentCount).toBe(3)
  await app.logout()
})

test('the admin sees the device on the staff page and is warned before disabling the account', async ({
  app,
}, testInfo) => {
  await app.signIn(STREET_ADMIN)
  await app.waitForApp()
  await app.page.goto(`/staff?q=${world.worker.username}`, { waitUntil: 'domcontentloaded' })
  const row = app.byTestId('staff-table').locator('.el-table__row').filter({ hasText: world.worker.username })
  await expect(row).toHaveCount(1)

  await test.step('the account’s dialog lists the device with its last sync and what it held', async () => {
    await row.getByRole('button', { name: '编辑' }).click()
    const devices = app.byTestId('staff-devices-table')
    await expect(devices).toContainText('Chrome on Android')
    await expect(devices).toContainText('3 条')
    await expect(devices).toContainText(/现在|分钟前/)
    await app.screenshot('staff-devices')
    await app.checkA11y(testInfo, 'staff-devices')
    // switching the account off in the dialog shows the same warning before anything is saved
    await app.page.locator('.el-dialog .el-switch').click()
    await expect(app.byTestId('staff-disable-warning')).toContainText('同步时仍有 3 条未发送')
    await app.page.locator('.el-dialog').getByRole('button', { name: '取消' }).click()
    await expect(devices).toBeHidden()
  })

  await test.step('disabling warns about the device; cancelling keeps the account enabled', async () => {
    const toggle = app.byTestId(`staff-enabled-${world.worker.username}`)
    await expect(toggle).toHaveClass(/is-checked/)
    await toggle.click()
    const box = app.page.locator('.el-message-box')
    await expect(box).toContainText('该账号有 1 台设备可能仍在使用')
    await expect(box).toContainText('“Chrome on Android”在')
    await expect(box).toContainText('同步时仍有 3 条未发送')
    await app.screenshot('staff-disable-warning')
    await box.getByRole('button', { name: '取消' }).click()
    await expect(box).toBeHidden()
    await expect(toggle).toHaveClass(/is-checked/)
  })
})
