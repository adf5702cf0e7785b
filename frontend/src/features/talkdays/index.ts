// The talk days feature's public surface. No other feature uses it yet; its pages come in through routes.ts.
export { getTalkDay, talkDaysBetween } from './api'
