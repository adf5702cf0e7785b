// The one set of chart colours of the office screens. A series with a meaning (received, closed, households...) has
// its colour here, the same on every page; the entries of a list (categories, code-list values) take the palette's
// colours by their place in the whole list in its natural order, so an entry keeps its colour in every chart, also
// where empty entries are left out.

/** Colours for the entries of a list, in order. */
export const PALETTE = [
  '#c0392b',
  '#2f80ed',
  '#e6a23c',
  '#2e7d32',
  '#8e44ad',
  '#16a085',
  '#d35400',
  '#5470c6',
  '#b8860b',
  '#7f8c8d',
] as const

/** Series whose colour means the same thing wherever it is drawn. */
export const SERIES_COLORS = {
  received: '#2f80ed',
  closed: '#2e7d32',
  onTimeRate: '#c0392b',
  households: '#c0392b',
  residents: '#e6a23c',
  grids: '#c0392b',
  /** a series whose bars take their entries' colours: its legend mark */
  neutral: '#909399',
} as const

/** The three satisfaction answers, from satisfied to unsatisfied. */
export const SATISFACTION_COLORS = ['#2e7d32', '#95c97a', '#d93026'] as const

/** The colour of the entry at `index` of its list (the palette repeats past its end). */
export function paletteColor(index: number): string {
  return PALETTE[((index % PALETTE.length) + PALETTE.length) % PALETTE.length]!
}

/**
 * Colours for the entries of a list by their key, from the whole list in its natural order (`keys`): an entry not in
 * it (retired since) takes the colour after the list's.
 */
export function colorsByKey(keys: readonly (string | number)[]): (key: string | number) => string {
  const places = new Map(keys.map((k, i) => [String(k), i]))
  return (key) => paletteColor(places.get(String(key)) ?? keys.length)
}
