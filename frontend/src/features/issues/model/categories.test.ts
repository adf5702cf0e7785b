import { describe, expect, it } from 'vitest'
import type { IssueCategory } from '@/shared/api/types'
import { inOrder } from '@/features/issues/model/categories'

const category = (id: number, code: string, sortOrder: number) => ({ id, code, sortOrder }) as IssueCategory

describe('inOrder', () => {
  it('lists categories by sort order, then by code (not by id)', () => {
    const listed = inOrder([category(1, 'WATER', 20), category(2, 'ROADS', 10), category(3, 'NOISE', 10)])
    expect(listed.map((c) => c.code)).toEqual(['NOISE', 'ROADS', 'WATER'])
  })
})
