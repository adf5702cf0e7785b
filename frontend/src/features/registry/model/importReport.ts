// What the import wizard makes of the backend's ImportReport: error rows for the table, the summary, and whether
// the file may be imported for real.

export interface ImportErrorLike {
  row: number
  column?: string | null
  message: string
}
export interface ImportCountsLike {
  created: number
  updated: number
  unchanged: number
}
export interface ImportReportLike {
  dryRun: boolean
  /** True when the file was written (a real run without errors). */
  imported?: boolean
  rows: number
  households: ImportCountsLike
  residents: ImportCountsLike
  errors: ImportErrorLike[]
}

export interface ReportRow {
  key: string
  row: number
  column: string
  message: string
  /** The first error of its spreadsheet row (the table spans the row cell over the row's errors). */
  first: boolean
  /** How many errors its spreadsheet row has (for the span). */
  span: number
}

/** Errors sorted by row then column, each row's errors together; a file-level error (row 0) comes first. */
export function reportRows(errors: readonly ImportErrorLike[]): ReportRow[] {
  const sorted = errors
    .map((e, i) => ({ ...e, column: e.column ?? '', i }))
    .sort((a, b) => a.row - b.row || columnOrder(a.column) - columnOrder(b.column) || a.i - b.i)
  const counts = new Map<number, number>()
  for (const e of sorted) counts.set(e.row, (counts.get(e.row) ?? 0) + 1)
  return sorted.map((e, i) => ({
    key: `${e.row}:${e.column}:${e.i}`,
    row: e.row,
    column: e.column,
    message: e.message,
    first: i === 0 || sorted[i - 1]!.row !== e.row,
    span: counts.get(e.row)!,
  }))
}

/** Spreadsheet letters (A, B … AA) sort as columns; other names (headers) after them, alphabetically stable. */
function columnOrder(column: string): number {
  if (/^[A-Z]{1,3}$/.test(column)) {
    let n = 0
    for (const c of column) n = n * 26 + (c.charCodeAt(0) - 64)
    return n
  }
  return column === '' ? 0 : 100_000
}

export type ImportOutcome = 'has-errors' | 'ready' | 'empty' | 'imported'

export function outcomeOf(report: ImportReportLike): ImportOutcome {
  if (report.errors.length > 0) return 'has-errors'
  if (report.imported || !report.dryRun) return 'imported'
  return report.rows === 0 ? 'empty' : 'ready'
}

/** How many distinct spreadsheet rows have at least one error. */
export function badRowCount(report: Pick<ImportReportLike, 'errors'>): number {
  return new Set(report.errors.map((e) => e.row)).size
}

/** The wizard's steps: 0 template, 1 upload, 2 check (dry-run report), 3 done. */
export type WizardStep = 0 | 1 | 2 | 3

/** The step the wizard shows after a report came back. */
export function stepAfter(report: ImportReportLike): WizardStep {
  return outcomeOf(report) === 'imported' ? 3 : 2
}

export function isXlsx(file: { name: string; type?: string }): boolean {
  return /\.xlsx$/i.test(file.name)
}

/** 20 MB: larger files are refused before upload (the server streams, but a browser upload this large is a mistake). */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024
