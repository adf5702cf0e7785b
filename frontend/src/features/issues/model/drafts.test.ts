import { describe, expect, it } from 'vitest'
import { locationInput, reporterInput } from './drafts'
import { reportBody, emptyReport } from './report'
import { activeCategories } from './categories'

describe('where and who, as every intake form sends them', () => {
  it('takes a household over an area, and a trimmed address', () => {
    expect(locationInput({ householdId: 9, areaId: 5, address: ' 3单元 ' })).toEqual({
      householdId: 9,
      areaId: undefined,
      address: '3单元',
    })
    expect(locationInput({ areaId: 5, address: '  ' })).toEqual({
      householdId: undefined,
      areaId: 5,
      address: undefined,
    })
  })

  it('takes a resident or a trimmed name, and a phone without its spaces', () => {
    expect(reporterInput({ residentId: 11, phone: '' })).toEqual({ residentId: 11, phone: undefined })
    expect(reporterInput({ name: ' 张大爷 ', phone: '138 0013 8000' })).toEqual({
      name: '张大爷',
      phone: '13800138000',
    })
  })

  it('builds the phone report the same way', () => {
    const form = {
      ...emptyReport(),
      categoryId: 1,
      description: ' 楼道灯不亮 ',
      location: { kind: 'household' as const, householdId: 9, label: '', gridId: 5, gridName: '' },
      address: '',
      reporterMode: 'other' as const,
      reporterName: '张大爷',
      reporterPhone: '138 0013 8000',
    }
    expect(reportBody(form)).toEqual({
      categoryId: 1,
      description: '楼道灯不亮',
      urgency: 'NORMAL',
      channel: 'VISIT',
      location: { householdId: 9 },
      reporter: { name: '张大爷', phone: '13800138000' },
    })
  })
})

describe('categories offered for a new issue', () => {
  it('are the active ones in the sub-district’s order', () => {
    const c = (id: number, sortOrder: number, active = true) => ({
      id,
      code: `C${id}`,
      name: `类别${id}`,
      nameEn: null,
      timeLimitDays: 3,
      sortOrder,
      active,
      platformDefault: false,
      version: 0,
    })
    expect(activeCategories([c(3, 2), c(1, 1), c(9, 0, false), c(2, 1)]).map((x) => x.id)).toEqual([1, 2, 3])
  })
})
