// The visit rules feature's public surface: a rule in words, for pages that name a rule (coverage, obligations).
export { describeRule, type RuleWords } from './model/rules'
