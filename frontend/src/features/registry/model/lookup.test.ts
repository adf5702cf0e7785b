import { describe, expect, it } from 'vitest'
import { lookupPlan, searchesHouseholds, telHref } from './lookup'

describe('lookupPlan', () => {
  it.each([
    ['', { kind: 'EMPTY' }],
    ['   ', { kind: 'EMPTY' }],
    ['11010519491231002x', { kind: 'ID_CARD', idCard: '11010519491231002X' }],
    [' 110105 19491231 0021 ', { kind: 'ID_CARD', idCard: '110105194912310021' }],
    ['13800138000', { kind: 'PHONE', phone: '13800138000' }],
    ['138 0013 8000', { kind: 'PHONE', phone: '13800138000' }],
    ['010-12345678', { kind: 'PHONE', phone: '010-12345678' }],
    // not a number one can search exactly: a name, an address, a room, a partial number
    ['张伟', { kind: 'TEXT', q: '张伟' }],
    [' 3号楼 1单元 202室 ', { kind: 'TEXT', q: '3号楼 1单元 202室' }],
    ['3-1-202', { kind: 'TEXT', q: '3-1-202' }],
    ['202', { kind: 'TEXT', q: '202' }],
    ['1380013800', { kind: 'TEXT', q: '1380013800' }],
    ['12800138000', { kind: 'TEXT', q: '12800138000' }],
    ['1101051949123100', { kind: 'TEXT', q: '1101051949123100' }],
  ])('%j → %j', (text, plan) => {
    expect(lookupPlan(text)).toEqual(plan)
  })

  it('searches households only by address or name', () => {
    expect(searchesHouseholds(lookupPlan('幸福路'))).toBe(true)
    expect(searchesHouseholds(lookupPlan('13800138000'))).toBe(false)
    expect(searchesHouseholds(lookupPlan('11010519491231002X'))).toBe(false)
    expect(searchesHouseholds(lookupPlan(''))).toBe(false)
  })
})

describe('telHref', () => {
  it.each([
    ['13800138000', 'tel:13800138000'],
    [' 138 0013 8000 ', 'tel:13800138000'],
    ['010-12345678', 'tel:01012345678'],
    ['0755 8765432', 'tel:07558765432'],
    ['', undefined],
    [null, undefined],
    [undefined, undefined],
    ['138****8000', undefined],
    ['11010519491231002X', undefined],
    ['tel:13800138000', undefined],
    ['13800138000;ext=1', undefined],
  ])('%j → %j', (value, href) => {
    expect(telHref(value)).toBe(href)
  })
})
