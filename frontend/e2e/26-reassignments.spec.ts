// Bulk reassignment (desktop): through the API a street-admin makes two staff members of a new grid and pairs the
// first with two households of it; in the office the reassignment history (narrowed to the grid in the address)
// opens the 批量转交 dialog, the two helpers are found by name, the preview counts two pairings, and after the
// confirmation the history shows the row with its counts and, opened, the two pairings it moved.
import { beijingToday, expect, newRun, STREET_ADMIN, test, type World } from './fixtures'

test.describe.configure({ mode: 'serial' })

const run = newRun()
let world: World
const fromName = `原帮扶${run.stamp.slice(-4)}`
const toName = `接收人${run.stamp.slice(-4)}`

test.beforeAll(async ({ adminApi }) => {
  world = await adminApi.world(run)
  const staff = async (displayName: string, n: number) =>
    (
      await adminApi.call<{ staff: { id: number } }>('POST', '/api/staff', {
        username: `ra${n}${run.stamp}`,
        displayName,
        phone: `137${String(Date.now() + n).slice(-8)}`,
        role: 'grid-worker',
        areaIds: [world.grid.id],
      })
    ).body.staff.id
  const from = await staff(fromName, 1)
  await staff(toName, 2)
  for (const [n, type] of [
    [1, 'ELDERLY_ALONE'],
    [2, 'MINIMUM_LIVING'],
  ] as const) {
    const { body } = await adminApi.call<{ household: { id: number } }>('POST', '/api/households', {
      gridId: world.grid.id,
      housingType: 'OWNED',
      address: `${run.address}-${n}`,
    })
    await adminApi.call('POST', '/api/pairings', {
      householdId: body.household.id,
      typeCode: type,
      helper: { kind: 'STAFF', staffId: from },
      validFrom: beijingToday(),
    })
  }
})

test('a grid changes hands: preview, confirm, and the history shows what moved', async ({ app }) => {
  await app.page.goto(`/pairing-reassignments?areaId=${world.grid.id}`, { waitUntil: 'domcontentloaded' })
  await app.signIn(STREET_ADMIN)
  await app.byTestId('reassignment-history').waitFor()
  await expect(app.byTestId('reassignments-table').locator('.el-table__row')).toHaveCount(0)

  const dialog = app.byTestId('reassign-dialog')
  await test.step('pick the two helpers and the grid, and preview', async () => {
    await app.byTestId('reassign-open').click()
    await dialog.waitFor()
    for (const [side, name] of [
      ['reassign-from', fromName],
      ['reassign-to', toName],
    ] as const) {
      await app.page.locator(`[data-testid=${side}] input`).fill(name)
      const option = app.page.locator(`[data-testid^=${side}-option-STAFF]`).filter({ hasText: name })
      await option.click()
    }
    await app.page.locator('[data-testid="reassign-area"]').first().click()
    await app.page.locator(`.area-picker-popper [data-testid="area-option-${world.grid.id}"]:visible`).click()
    await app.page.locator('textarea[data-testid=reassign-reason]').fill('网格员调岗')
    await app.byTestId('reassign-preview-button').click()
    await expect(app.byTestId('reassign-count-pairings')).toContainText('2')
    await expect(app.byTestId('reassign-preview').locator('.el-table__row')).toHaveCount(2)
    await app.screenshot('reassign-preview')
  })

  await test.step('confirm: the history shows the row with its counts', async () => {
    await app.byTestId('reassign-confirm').click()
    await expect(dialog).toBeHidden()
    const rows = app.byTestId('reassignments-table').locator('.el-table__row')
    await expect(rows).toHaveCount(1)
    await expect(rows.first()).toContainText(fromName)
    await expect(rows.first()).toContainText(toName)
    await expect(rows.first()).toContainText('网格员调岗')
    await expect(rows.first().locator('[data-testid^=reassignment-pairings-]')).toHaveText('2')
    await expect(rows.first().locator('[data-testid^=reassignment-obligations-]')).toHaveText('0')
    await rows.first().locator('.el-table__expand-icon').click()
    await expect(app.page.locator('[data-testid^=reassignment-moved-] .el-table__row')).toHaveCount(2)
    await app.screenshot('reassign-history')
  })
})
