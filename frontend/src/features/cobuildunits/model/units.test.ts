import { describe, expect, it } from 'vitest'
import type { CoBuildUnitView } from '@/shared/api/types'
import { createBody, emptyUnitForm, formOf, updateBody } from './units'

const unit: CoBuildUnitView = {
  id: 7,
  subDistrict: { id: 1, level: 'SUB_DISTRICT', code: 'S', name: '城东街道' },
  name: '市供电公司城东分公司',
  unitType: 'STATE_ENTERPRISE',
  partyOrgName: '城东分公司党委',
  partyMemberTotal: 120,
  contactName: '王强',
  contactPhoneMasked: '138****5678',
  address: null,
  status: 'INACTIVE',
  statusReason: '单位搬迁',
  liaisonCount: 1,
  createdAt: '2026-12-01T00:00:00Z',
  updatedAt: '2026-12-01T00:00:00Z',
  version: 3,
}

describe('a co-building unit form', () => {
  it('creates with the sub-district, trimmed text and no empty optionals', () => {
    const form = { ...emptyUnitForm(1), name: ' 区税务局 ', unitType: 'GOVERNMENT_ORGAN' as const, contactPhone: ' ' }
    expect(createBody(form)).toEqual({
      subDistrictId: 1,
      name: '区税务局',
      unitType: 'GOVERNMENT_ORGAN',
      partyOrgName: undefined,
      partyMemberTotal: 0,
      contactName: undefined,
      contactPhone: undefined,
      address: undefined,
    })
  })

  it('edits an existing unit without ever holding its phone, which is kept unless replaced or removed', () => {
    const form = formOf(unit)
    expect(form.contactPhone).toBe('')
    expect(updateBody(form)).toMatchObject({ contactPhone: undefined, clearContactPhone: false })
    expect(updateBody({ ...form, contactPhone: '13900001111' }).contactPhone).toBe('13900001111')
    // removing wins over a number typed before the box was ticked
    expect(updateBody({ ...form, contactPhone: '13900001111', clearContactPhone: true })).toMatchObject({
      contactPhone: undefined,
      clearContactPhone: true,
    })
  })

  it('sends the reason only with an inactive status', () => {
    const form = formOf(unit)
    expect(updateBody(form).statusReason).toBe('单位搬迁')
    expect(updateBody({ ...form, status: 'ACTIVE' }).statusReason).toBeUndefined()
  })
})
