/** A column of a printed table: its header and how a row's cell reads. */
export interface PrintColumn<R> {
  label: string
  value: (row: R) => string | number | null | undefined
  /** right-aligned figures */
  numeric?: boolean
}
