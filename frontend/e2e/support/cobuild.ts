// Setup of a co-building unit, its liaison's sign-in and its pairing with a community, through the units and
// agreements parts' API exactly as their contracts say (issue 16), for the project specs.
import { expect, type Page } from '@playwright/test'
import type { Account } from './keycloak'
import { png } from './png'
import type { AdminApi } from './admin-api'
import type { World } from './admin-api'
import { beijingToday, type Run } from './run'

export interface PairedUnit {
  unitId: number
  unitName: string
  liaison: Account
}

/** An active unit of the world's sub-district with a liaison account, paired (ACTIVE agreement) with its community. */
export async function pairedUnit(adminApi: AdminApi, world: World, run: Run, tag: string): Promise<PairedUnit> {
  const unitName = `共建单位${tag}${run.stamp}`
  const { body: unit } = await adminApi.call<{ id: number }>('POST', '/api/cobuild-units', {
    subDistrictId: world.subDistrict.id,
    name: unitName,
    unitType: 'STATE_ENTERPRISE',
    partyMemberTotal: 30,
  })
  const liaison: Account = { username: `lia${tag.toLowerCase()}${run.stamp}`, password: `Li-${run.stamp}-Pass1` }
  const { body: login } = await adminApi.call<{ temporaryPassword: string }>(
    'POST',
    `/api/cobuild-units/${unit.id}/liaisons`,
    { username: liaison.username, displayName: `联络员${tag}` },
  )
  liaison.temporaryPassword = login.temporaryPassword
  const today = beijingToday()
  const { body: agreement, etag } = await adminApi.call<{ id: number }>('POST', '/api/cobuild-agreements', {
    unitId: unit.id,
    communityId: world.community.id,
    termFrom: today,
    termTo: `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`,
  })
  await adminApi.call(
    'POST',
    `/api/cobuild-agreements/${agreement.id}/sign`,
    { signedOn: today },
    { 'If-Match': etag! },
  )
  return { unitId: unit.id, unitName, liaison }
}

/** A draft of the world's community, approved: open to its paired units. */
export async function approvedProject(adminApi: AdminApi, world: World, title: string): Promise<number> {
  const { body: project } = await adminApi.call<{ id: number }>('POST', '/api/cobuild-projects', {
    communityId: world.community.id,
    fieldCode: 'ELDERLY_CARE',
    title,
    needIds: [],
    resourceIds: [],
  })
  await adminApi.call('POST', `/api/cobuild-projects/${project.id}/approve`, { claimWorkingDays: 5 })
  return project.id
}

/**
 * On a signed-in liaison's phone: opens the project from 领办大厅, claims it, plans a milestone due today, reports it
 * done with a photo and submits the project for acceptance.
 */
export async function liaisonDelivers(phone: Page, projectId: number, milestone: string): Promise<void> {
  const on = (testid: string) => phone.locator(`[data-testid="${testid}"]`)
  await phone.goto('/m/projects', { waitUntil: 'domcontentloaded' })
  await on(`mobile-project-${projectId}`).tap()
  await phone.waitForURL(new RegExp(`/m/projects/${projectId}$`))
  await on('mobile-project-claim').tap()
  await phone.locator('.van-dialog__confirm').tap()
  await expect(on('mobile-project-status')).toHaveText('已认领')
  await on('mobile-milestone-add').tap()
  await phone.locator('[data-testid="mobile-milestone-title"] input').fill(milestone)
  await on('mobile-milestone-save').tap()
  await expect(on('mobile-project-status')).toHaveText('实施中')
  await phone.locator('[data-testid^="mobile-milestone-report-"]').first().tap()
  await phone.locator('[data-testid="mobile-report-text"] textarea').fill('已完成')
  await phone
    .locator('[data-testid="mobile-report-photo"] input[type="file"]')
    .setInputFiles({ name: 'done.png', mimeType: 'image/png', buffer: png(32, [192, 57, 43]) })
  await expect(phone.locator('[data-testid="mobile-report-photo"] .van-uploader__preview')).toHaveCount(1)
  await on('mobile-report-save').tap()
  await expect(phone.locator('[data-testid^="mobile-milestone-"]', { hasText: milestone })).toContainText('已完成')
  await on('mobile-project-submit').tap()
  await expect(on('mobile-project-status')).toHaveText('待验收')
}
