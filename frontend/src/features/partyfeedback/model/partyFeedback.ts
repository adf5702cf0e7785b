// The feedback page's rules in plain TypeScript: the years offered, the list's query from its filters, the ratings.
export const FEEDBACK_RATINGS = ['EXCELLENT', 'QUALIFIED', 'UNQUALIFIED'] as const
export type FeedbackRating = (typeof FEEDBACK_RATINGS)[number]

/** The years a form can be looked up for: this year and the four before it, newest first (as text, for the address). */
export function feedbackYears(thisYear: number): string[] {
  return Array.from({ length: 5 }, (_, i) => String(thisYear - i))
}

export interface FeedbackFilters {
  year: string
  area: number | undefined
  employer: string
  rating: FeedbackRating | ''
}

/** The list's query: only what is set (the year always: the page shows one year's forms). */
export function feedbackQuery(f: FeedbackFilters): {
  year: number
  areaId?: number
  employer?: string
  rating?: FeedbackRating
} {
  return {
    year: Number(f.year),
    areaId: f.area,
    employer: f.employer.trim() || undefined,
    rating: f.rating || undefined,
  }
}

/** The comment as the dialog sends it: none when nothing visible was typed (the server then clears it). */
export function commentOf(text: string): string | undefined {
  const trimmed = text.trim()
  return trimmed ? trimmed : undefined
}

/** Confirmed hours as the form and the workbook print them: two decimals (2.50, never 2.5). */
export function hoursText(hours: number): string {
  return hours.toFixed(2)
}
