// The working calendar's public surface. No other feature uses it yet; its page comes in through routes.ts.
export { getCalendarYear, listCalendarSubDistricts } from './api'
