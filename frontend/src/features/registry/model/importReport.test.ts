import { describe, expect, it } from 'vitest'
import {
  badRowCount,
  isXlsx,
  outcomeOf,
  reportRows,
  stepAfter,
  type ImportReportLike,
} from '@/features/registry/model/importReport'
import { filenameFrom } from '@/shared/api/download'

const zero = { created: 0, updated: 0, unchanged: 0 }
function report(over: Partial<ImportReportLike>): ImportReportLike {
  return { dryRun: true, rows: 3, households: zero, residents: zero, errors: [], ...over }
}

describe('import report rows', () => {
  it('sorts by row then column and groups a row’s errors', () => {
    const rows = reportRows([
      { row: 5, column: 'C', message: '身份证号校验位错误' },
      { row: 3, column: 'AA', message: 'b' },
      { row: 3, column: 'B', message: 'a' },
      { row: 0, column: null, message: '表头不匹配' },
    ])
    expect(rows.map((r) => [r.row, r.column, r.first, r.span])).toEqual([
      [0, '', true, 1],
      [3, 'B', true, 2],
      [3, 'AA', false, 2],
      [5, 'C', true, 1],
    ])
    expect(new Set(rows.map((r) => r.key)).size).toBe(4)
  })

  it('counts distinct bad rows', () => {
    expect(
      badRowCount({
        errors: [
          { row: 3, message: 'a' },
          { row: 3, message: 'b' },
          { row: 4, message: 'c' },
        ],
      }),
    ).toBe(2)
  })
})

describe('wizard outcome', () => {
  it('stays on the report while there are errors', () => {
    const r = report({ errors: [{ row: 2, column: 'D', message: 'x' }] })
    expect(outcomeOf(r)).toBe('has-errors')
    expect(stepAfter(r)).toBe(2)
  })

  it('is ready to import after a clean dry run', () => {
    expect(outcomeOf(report({}))).toBe('ready')
    expect(stepAfter(report({}))).toBe(2)
    expect(outcomeOf(report({ rows: 0 }))).toBe('empty')
  })

  it('is done after a real run', () => {
    const r = report({ dryRun: false, residents: { created: 3, updated: 0, unchanged: 0 } })
    expect(outcomeOf(r)).toBe('imported')
    expect(stepAfter(r)).toBe(3)
  })

  it('accepts only .xlsx files', () => {
    expect(isXlsx({ name: '台账.XLSX' })).toBe(true)
    expect(isXlsx({ name: '台账.xls' })).toBe(false)
  })
})

describe('download file name', () => {
  it('prefers filename* (UTF-8)', () => {
    expect(filenameFrom(`attachment; filename="export.xlsx"; filename*=UTF-8''%E5%B1%85%E6%B0%91.xlsx`, 'x.xlsx')).toBe(
      '居民.xlsx',
    )
    expect(filenameFrom('attachment; filename="template.xlsx"', 'x.xlsx')).toBe('template.xlsx')
    expect(filenameFrom(null, 'x.xlsx')).toBe('x.xlsx')
  })
})
