import { afterEach, describe, expect, it } from 'vitest'
import type { IssueCategory } from '@/shared/api/types'
import { i18n } from '@/shared/i18n'
import { inOrder, issueCategoryName, storedCategoryName } from '@/features/issues/model/categories'

const roads: IssueCategory = {
  id: 5,
  code: 'ROADS_LIGHTING',
  name: '道路照明',
  nameEn: 'Roads and lighting',
  timeLimitDays: 5,
  sortOrder: 5,
  active: true,
  platformDefault: true,
  version: 0,
}

describe('category names on issues', () => {
  afterEach(() => {
    i18n.global.locale.value = 'zh-CN'
  })

  it('names an issue’s category in the UI language', () => {
    const issue = { categoryName: '道路照明', categoryNameEn: 'Roads and lighting' }
    expect(issueCategoryName(issue)).toBe('道路照明')
    i18n.global.locale.value = 'en-US'
    expect(issueCategoryName(issue)).toBe('Roads and lighting')
    expect(issueCategoryName({ categoryName: '自定义', categoryNameEn: null })).toBe('自定义')
  })

  it('names a category a timeline entry stored by its Chinese name, when it is still listed', () => {
    i18n.global.locale.value = 'en-US'
    expect(storedCategoryName([roads], '道路照明')).toBe('Roads and lighting')
    expect(storedCategoryName([roads], '已删除的类别')).toBe('已删除的类别')
  })
})

const category = (id: number, code: string, sortOrder: number) => ({ id, code, sortOrder }) as IssueCategory

describe('inOrder', () => {
  it('lists categories by sort order, then by code (not by id)', () => {
    const listed = inOrder([category(1, 'WATER', 20), category(2, 'ROADS', 10), category(3, 'NOISE', 10)])
    expect(listed.map((c) => c.code)).toEqual(['NOISE', 'ROADS', 'WATER'])
  })
})
