import dayjs from 'dayjs'
import en from 'dayjs/locale/en'

/** Weeks start on Monday in every calendar (as the working calendar and China's own calendars do). */
export const WEEK_START = 1

/**
 * Element Plus's month calendar takes its first weekday from dayjs's global locale, and dayjs's default ('en')
 * starts weeks on Sunday. Call before a month calendar renders.
 */
export function useMondayWeeks(): void {
  if (dayjs.Ls[dayjs.locale()]?.weekStart === WEEK_START) return
  dayjs.locale({ ...en, name: 'en-gridwork', weekStart: WEEK_START })
}
