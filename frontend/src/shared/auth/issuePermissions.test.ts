import { describe, expect, it } from 'vitest'
import type { Role } from '@/shared/api/types'
import { capabilitiesOf, type Permission } from '@/shared/auth/permissions'

const may = (role: Role, permission: Permission) => capabilitiesOf({ roles: [role], scope: { all: false, areas: [] } }).includes(permission)

describe('who works with talk days and issues', () => {
  const table: [Role, { read: boolean; write: boolean; schedule: boolean; talkDays: boolean; settings: boolean }][] = [
    ['street-admin', { schedule: true, read: true, write: true, talkDays: true, settings: true }],
    ['community-staff', { schedule: true, read: true, write: true, talkDays: true, settings: false }],
    ['grid-worker', { schedule: true, read: true, write: true, talkDays: false, settings: false }],
    ['viewer', { schedule: true, read: true, write: false, talkDays: false, settings: false }],
    ['volunteer', { schedule: true, read: false, write: false, talkDays: false, settings: false }],
    ['unit-liaison', { schedule: true, read: false, write: false, talkDays: false, settings: false }],
  ]
  it.each(table)('%s', (role, expected) => {
    expect(may(role, 'ISSUES_READ')).toBe(expected.read)
    expect(may(role, 'TALK_DAYS_READ')).toBe(expected.schedule)
    expect(may(role, 'ISSUES_WRITE')).toBe(expected.write)
    expect(may(role, 'TALK_DAYS_MANAGE')).toBe(expected.talkDays)
    expect(may(role, 'ISSUE_CATEGORIES_MANAGE')).toBe(expected.settings)
    expect(may(role, 'CALENDAR_EDIT')).toBe(expected.settings)
    // staff lists (GET /api/staff) are for those who manage staff
    expect(may(role, 'STAFF_MANAGE')).toBe(expected.settings)
    expect(may(role, 'CALENDAR_READ')).toBe(expected.read)
  })
})
