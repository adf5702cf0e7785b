// The year-end feedback feature's public surface: its model's ratings, for anyone who shows a rating.
export { FEEDBACK_RATINGS, type FeedbackRating } from './model/partyFeedback'
