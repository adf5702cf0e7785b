import { describe, expect, it } from 'vitest'
import {
  actionOutbox,
  actsOn,
  emptyActionInput,
  fieldsOf,
  isRequired,
  phoneActionRequest,
  phoneActions,
} from './actions'

describe('phone actions', () => {
  it('offers the allowed actions made for a phone and says when others are left to the office', () => {
    expect(phoneActions(['ACCEPT', 'ASSIGN', 'RESOLVE', 'COMMENT', 'ADD_PHOTO'])).toEqual({
      primary: ['RESOLVE'],
      secondary: ['COMMENT', 'ADD_PHOTO'],
      officeOnly: true,
    })
    expect(phoneActions(['CLOSE', 'COMMENT'])).toEqual({
      primary: ['CLOSE'],
      secondary: ['COMMENT'],
      officeOnly: false,
    })
    expect(phoneActions([])).toEqual({ primary: [], secondary: [], officeOnly: false })
  })
})

describe('action inputs', () => {
  it('start empty with every key, so that a form reset clears a previous choice', () => {
    const input = {
      ...emptyActionInput(),
      handlerId: 7,
      handlerKind: 'team' as const,
      handlerTeamId: 3,
      satisfaction: 'SATISFIED' as const,
    }
    expect(Object.assign(input, emptyActionInput())).toMatchObject({
      handlerId: undefined,
      handlerTeamId: undefined,
      handlerKind: 'staff',
      satisfaction: undefined,
      days: 3,
      approve: true,
    })
  })

  it('requires a reason to reject an extension, not to approve it', () => {
    expect(isRequired('DECIDE_EXTENSION', 'comment', { approve: false, handlerKind: 'staff' })).toBe(true)
    expect(isRequired('DECIDE_EXTENSION', 'comment', { approve: true, handlerKind: 'staff' })).toBe(false)
    expect(isRequired('RESOLVE', 'comment', { approve: true, handlerKind: 'staff' })).toBe(true)
  })

  it('assigns to a staff member or, instead, to a volunteer team: only the chosen one is asked for', () => {
    const staff = { approve: true, handlerKind: 'staff' as const }
    const team = { approve: true, handlerKind: 'team' as const }
    expect(fieldsOf('ASSIGN', staff)).toEqual(['handlerId', 'comment'])
    expect(fieldsOf('ASSIGN', team)).toEqual(['handlerTeamId', 'comment'])
    expect(isRequired('ASSIGN', 'handlerId', staff)).toBe(true)
    expect(isRequired('ASSIGN', 'handlerTeamId', staff)).toBe(false)
    expect(isRequired('ASSIGN', 'handlerTeamId', team)).toBe(true)
    expect(isRequired('ASSIGN', 'handlerId', team)).toBe(false)
    const unit = { approve: true, handlerKind: 'unit' as const }
    expect(fieldsOf('ASSIGN', unit)).toEqual(['handlerUnitId', 'comment'])
    expect(isRequired('ASSIGN', 'handlerUnitId', unit)).toBe(true)
    expect(isRequired('ASSIGN', 'handlerUnitId', team)).toBe(false)
    // other actions keep their fields whatever the kind
    expect(fieldsOf('TRANSFER', team)).toEqual(['toStaffId', 'reason'])
  })
})

describe('phone actions in the outbox', () => {
  it.each([
    ['START', { comment: ' 马上去 ' }, '/api/issues/42/start', { comment: '马上去' }, true],
    ['START', { comment: '  ' }, '/api/issues/42/start', { comment: undefined }, true],
    ['RESOLVE', { comment: ' 已修复 ' }, '/api/issues/42/resolve', { comment: '已修复' }, true],
    [
      'CLOSE',
      { satisfaction: 'SATISFIED', comment: '' },
      '/api/issues/42/close',
      { satisfaction: 'SATISFIED', comment: undefined },
      true,
    ],
    [
      'REQUEST_EXTENSION',
      { days: 5, reason: ' 等配件 ' },
      '/api/issues/42/extensions',
      { days: 5, reason: '等配件' },
      true,
    ],
    ['COMMENT', { comment: ' 已电话联系 ' }, '/api/issues/42/comments', { comment: '已电话联系' }, false],
  ] as const)('%s %o posts to %s', (action, input, path, body, versioned) => {
    expect(phoneActionRequest(42, action, input)).toEqual({ path, body, versioned })
  })

  it('queues an action against the version the worker saw; a comment carries no If-Match', () => {
    expect(actionOutbox('wangwu', 42, 'RESOLVE', { comment: '已修复' }, '"3"', '办理完成：Q1')).toEqual({
      owner: 'wangwu',
      kind: 'issue.action',
      path: '/api/issues/42/resolve',
      body: { comment: '已修复' },
      label: '办理完成：Q1',
      link: '/m/issues/42',
      ifMatch: '"3"',
    })
    expect(actionOutbox('wangwu', 42, 'COMMENT', { comment: '好' }, '"3"', 'x').ifMatch).toBeUndefined()
  })

  it('knows which queued items act on an issue', () => {
    expect(actsOn({ kind: 'issue.action', path: '/api/issues/42/start' }, 42)).toBe(true)
    expect(actsOn({ kind: 'issue.action', path: '/api/issues/420/start' }, 42)).toBe(false)
    expect(actsOn({ kind: 'issue.create', path: '/api/issues' }, 42)).toBe(false)
  })
})
