import { describe, expect, it } from 'vitest'
import type { Role } from '@/shared/api/types'
import {
  canEditCalendar,
  canListStaff,
  canManageIssueCategories,
  canManageTalkDays,
  canReadCalendar,
  canReadIssues,
  canReadTalkDays,
  canWriteIssues,
} from '@/shared/auth/permissions'

describe('who works with talk days and issues', () => {
  const table: [Role, { read: boolean; write: boolean; schedule: boolean; talkDays: boolean; settings: boolean }][] = [
    ['street-admin', { schedule: true, read: true, write: true, talkDays: true, settings: true }],
    ['community-staff', { schedule: true, read: true, write: true, talkDays: true, settings: false }],
    ['grid-worker', { schedule: true, read: true, write: true, talkDays: false, settings: false }],
    ['viewer', { schedule: true, read: true, write: false, talkDays: false, settings: false }],
    ['volunteer', { schedule: true, read: false, write: false, talkDays: false, settings: false }],
    ['unit-liaison', { schedule: true, read: false, write: false, talkDays: false, settings: false }],
  ]
  it.each(table)('%s', (role, may) => {
    expect(canReadIssues([role])).toBe(may.read)
    expect(canReadTalkDays([role])).toBe(may.schedule)
    expect(canWriteIssues([role])).toBe(may.write)
    expect(canManageTalkDays([role])).toBe(may.talkDays)
    expect(canManageIssueCategories([role])).toBe(may.settings)
    expect(canEditCalendar([role])).toBe(may.settings)
    expect(canListStaff([role])).toBe(may.settings)
    expect(canReadCalendar([role])).toBe(may.read)
  })
})
