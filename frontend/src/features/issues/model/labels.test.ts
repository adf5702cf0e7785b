import { describe, expect, it } from 'vitest'
import { createAppI18n } from '@/shared/i18n'
import { enUS, zhCN } from '@/shared/i18n/messages'
import type { IssueAction, IssueEventType } from '@/shared/api/types'
import { ISSUE_STATUSES } from './states'
import {
  ACTION_ORDER,
  actionButtons,
  actionKey,
  eventDetailText,
  eventKey,
  statusKey,
} from '@/features/issues/model/labels'

const ACTIONS: IssueAction[] = [
  'EDIT',
  'ACCEPT',
  'REJECT',
  'ASSIGN',
  'START',
  'RESOLVE',
  'CLOSE',
  'ESCALATE',
  'TRANSFER',
  'COMMENT',
  'REQUEST_EXTENSION',
  'DECIDE_EXTENSION',
  'ADD_PHOTO',
]
const EVENTS: IssueEventType[] = [
  'RECEIVED',
  'EDITED',
  'ACCEPTED',
  'REJECTED',
  'ASSIGNED',
  'STARTED',
  'RESOLVED',
  'CLOSED',
  'REOPENED',
  'ESCALATED',
  'TRANSFERRED',
  'COMMENTED',
  'EXTENSION_REQUESTED',
  'EXTENSION_APPROVED',
  'EXTENSION_REJECTED',
  'PHOTO_ADDED',
  'PHOTO_REMOVED',
  'OVERDUE',
]
const zh = createAppI18n('zh-CN').global
const en = createAppI18n('en-US').global

describe('status and action names', () => {
  it('names every state as the server does (its 409 messages quote them)', () => {
    expect(ISSUE_STATUSES.map((s) => zh.t(statusKey(s)))).toEqual([
      '已登记',
      '已受理',
      '不予受理',
      '已交办',
      '办理中',
      '已办理',
      '已办结',
    ])
    for (const s of ISSUE_STATUSES) {
      expect(en.te(statusKey(s)), s).toBe(true)
      expect(en.t(statusKey(s))).not.toBe(zh.t(statusKey(s)))
    }
  })

  it('names every action in both languages, in the working vocabulary', () => {
    const names = Object.fromEntries(ACTIONS.map((a) => [a, zh.t(actionKey(a))]))
    expect(names).toMatchObject({
      ACCEPT: '受理',
      ASSIGN: '交办',
      CLOSE: '回访评价',
      REQUEST_EXTENSION: '申请延期',
      TRANSFER: '移交首问责任',
    })
    for (const a of ACTIONS) {
      expect(zh.te(actionKey(a)), a).toBe(true)
      expect(en.te(actionKey(a)), a).toBe(true)
      expect(en.t(actionKey(a))).not.toMatch(/[\u4e00-\u9fff]/)
    }
  })

  it('names every event type in both languages', () => {
    for (const e of EVENTS) {
      expect(zh.te(eventKey(e)), e).toBe(true)
      expect(en.te(eventKey(e)), e).toBe(true)
    }
  })

  it('has the same keys in both locales', () => {
    const keys = (o: object, prefix = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) =>
        v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
      )
    for (const part of ['talkDay', 'issue', 'issueStats', 'issueCategory'] as const) {
      expect(keys(enUS[part]).sort(), part).toEqual(keys(zhCN[part]).sort())
    }
  })
})

describe('action buttons', () => {
  it('offers only what the server allows, next step first, and no photo button', () => {
    expect(actionButtons(['COMMENT', 'REJECT', 'ACCEPT', 'ADD_PHOTO', 'EDIT'])).toEqual([
      'ACCEPT',
      'REJECT',
      'EDIT',
      'COMMENT',
    ])
    expect(actionButtons([])).toEqual([])
    expect(ACTION_ORDER).not.toContain('ADD_PHOTO')
    expect(new Set(ACTION_ORDER).size).toBe(ACTION_ORDER.length)
  })
})

describe('event details', () => {
  const t = zh.t
  it('localises satisfaction codes and working days, and names people', () => {
    expect(eventDetailText({ type: 'CLOSED', detail: 'BASICALLY_SATISFIED' }, t)).toBe('评价：基本满意')
    expect(eventDetailText({ type: 'REOPENED', detail: 'UNSATISFIED' }, en.t)).toBe('Answer: Unsatisfied')
    expect(eventDetailText({ type: 'EXTENSION_APPROVED', detail: '3' }, t)).toBe('3 个工作日')
    expect(eventDetailText({ type: 'EXTENSION_REQUESTED', detail: '1' }, en.t)).toBe('1 working day')
    expect(eventDetailText({ type: 'ASSIGNED', detail: '张伟' }, t)).toBe('承办人：张伟')
    expect(eventDetailText({ type: 'TRANSFERRED', detail: '李秀英 → 张伟' }, t)).toBe('首问责任人：李秀英 → 张伟')
    expect(eventDetailText({ type: 'COMMENTED', detail: null }, t)).toBeNull()
    expect(eventDetailText({ type: 'OVERDUE', detail: '' }, t)).toBeNull()
  })
})
