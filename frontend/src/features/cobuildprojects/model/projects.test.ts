import { describe, expect, it } from 'vitest'
import { officeActions, projectQuery, readyToSubmit, statusType } from './projects'

describe('project screens', () => {
  it('sends only the filters that are set', () => {
    expect(projectQuery({ status: '', area: undefined, field: '', q: '  ' })).toEqual({
      status: undefined,
      areaId: undefined,
      fieldCode: undefined,
      q: undefined,
    })
    expect(projectQuery({ status: 'OPEN_ALL', area: 7, field: 'HEALTH', q: ' 食堂 ' })).toEqual({
      status: 'OPEN_ALL',
      areaId: 7,
      fieldCode: 'HEALTH',
      q: '食堂',
    })
  })

  it('offers the office its buttons in a fixed order, never the unit’s', () => {
    expect(officeActions(['CANCEL', 'CLAIM', 'EDIT'])).toEqual(['EDIT', 'CANCEL'])
    expect(officeActions(['SUBMIT', 'START'])).toEqual([])
    expect(officeActions(['REWORK', 'ACCEPT', 'CANCEL'])).toEqual(['ACCEPT', 'REWORK', 'CANCEL'])
  })

  it('lets a unit submit once every milestone, and at least one, is done', () => {
    expect(readyToSubmit([])).toBe(false)
    expect(readyToSubmit([{ doneOn: '2026-12-01' }, { doneOn: null }])).toBe(false)
    expect(readyToSubmit([{ doneOn: '2026-12-01' }])).toBe(true)
  })

  it('marks open projects as waiting and accepted ones as done', () => {
    expect(statusType('OPEN_PAIRED')).toBe('warning')
    expect(statusType('ACCEPTED')).toBe('success')
    expect(statusType('REJECTED')).toBe('danger')
    expect(statusType('DRAFT')).toBe('info')
  })
})
