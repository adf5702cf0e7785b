// The talk days feature's public surface; its pages come in through routes.ts.
export { getTalkDay, talkDaysBetween } from './api'
export { dayCell } from './model/talkDays'
