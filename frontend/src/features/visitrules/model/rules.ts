// Visit rules in words and as a form, without Vue: what the list shows and what the dialog sends.
import type { VisitQuestionInput, VisitQuestionView, VisitRuleInput, VisitRuleView } from '@/shared/api/types'

export type VisitTarget = VisitRuleView['target']
export type VisitResponsible = VisitRuleView['responsible']
export type PeriodKind = VisitRuleView['periodKind']
export type VisitMode = VisitRuleView['modes'][number]
export type QuestionKind = VisitQuestionView['kind']

export const TARGETS: VisitTarget[] = ['ALL_HOUSEHOLDS', 'CARE_TAGGED', 'PAIRED']
export const RESPONSIBLES: VisitResponsible[] = ['GRID_WORKER', 'HELPER']
export const PERIOD_KINDS: PeriodKind[] = ['MONTH', 'QUARTER', 'HALF_YEAR', 'EVERY_N_DAYS']
export const MODES: VisitMode[] = ['IN_HOME', 'AT_DOOR', 'PHONE', 'VIDEO']
export const QUESTION_KINDS: QuestionKind[] = ['YES_NO', 'CHOICE', 'TEXT']
export const MAX_OPTIONS = 10

/** The names a description uses, in the reader's language. */
export interface RuleWords {
  target: (target: VisitTarget) => string
  responsible: (responsible: VisitResponsible) => string
  /** "每半年", "每 10 天" */
  period: (kind: PeriodKind, days: number | null | undefined) => string
  /** "1 次" */
  times: (n: number) => string
  mode: (mode: VisitMode) => string
  /** the codes' names joined ("独居老人、低保户"); all pairing types when none */
  codes: (rule: Pick<VisitRuleView, 'target' | 'codes'>) => string
}

/** A rule in one line: "网格内全部住户 · 网格员 · 每半年 1 次 · 入户/门口". */
export function describeRule(
  rule: Pick<
    VisitRuleView,
    'target' | 'codes' | 'responsible' | 'periodKind' | 'periodDays' | 'visitsRequired' | 'modes'
  >,
  words: RuleWords,
): string {
  const who =
    rule.target === 'ALL_HOUSEHOLDS'
      ? words.target(rule.target)
      : `${words.target(rule.target)}（${words.codes(rule)}）`
  const modes = MODES.filter((m) => rule.modes.includes(m))
    .map(words.mode)
    .join('/')
  return [
    who,
    words.responsible(rule.responsible),
    `${words.period(rule.periodKind, rule.periodDays)} ${words.times(rule.visitsRequired)}`,
    modes,
  ].join(' · ')
}

export interface RuleForm {
  name: string
  target: VisitTarget
  codes: string[]
  responsible: VisitResponsible
  periodKind: PeriodKind
  periodDays: number | undefined
  anchorDate: string
  visitsRequired: number
  modes: VisitMode[]
}

/** The first day of the calendar period holding `today` (YYYY-MM-DD): the natural anchor of a new rule. */
export function periodStart(kind: PeriodKind, today: string): string {
  const [y, m] = today.split('-').map(Number) as [number, number]
  const months = kind === 'MONTH' ? 1 : kind === 'QUARTER' ? 3 : kind === 'HALF_YEAR' ? 6 : 0
  if (months === 0) return today
  const first = Math.floor((m - 1) / months) * months + 1
  return `${y}-${String(first).padStart(2, '0')}-01`
}

export function emptyRuleForm(today: string): RuleForm {
  return {
    name: '',
    target: 'ALL_HOUSEHOLDS',
    codes: [],
    responsible: 'GRID_WORKER',
    periodKind: 'MONTH',
    periodDays: undefined,
    anchorDate: periodStart('MONTH', today),
    visitsRequired: 1,
    modes: ['IN_HOME', 'AT_DOOR'],
  }
}

export function ruleForm(rule: VisitRuleView): RuleForm {
  return {
    name: rule.name,
    target: rule.target,
    codes: [...rule.codes],
    responsible: rule.responsible,
    periodKind: rule.periodKind,
    periodDays: rule.periodDays ?? undefined,
    anchorDate: rule.anchorDate,
    visitsRequired: rule.visitsRequired,
    modes: [...rule.modes],
  }
}

/** The body to send: codes only where the target takes them, N days only for EVERY_N_DAYS. */
export function ruleInput(form: RuleForm, subDistrictId: number): VisitRuleInput {
  return {
    subDistrictId,
    name: form.name.trim(),
    target: form.target,
    codes: form.target === 'ALL_HOUSEHOLDS' ? [] : [...form.codes],
    responsible: form.target === 'PAIRED' ? form.responsible : 'GRID_WORKER',
    periodKind: form.periodKind,
    periodDays: form.periodKind === 'EVERY_N_DAYS' ? (form.periodDays ?? null) : null,
    anchorDate: form.anchorDate,
    visitsRequired: form.visitsRequired,
    modes: MODES.filter((m) => form.modes.includes(m)),
  }
}

/** Which fields can no longer change: what the rule covers, who answers and its period, once periods exist. */
export function fixedFields(rule: VisitRuleView | undefined): boolean {
  return rule?.hasPeriods ?? false
}

// ---- questions ---------------------------------------------------------------------------------------------------

export interface QuestionForm {
  text: string
  kind: QuestionKind
  /** the options, one per line */
  optionsText: string
  sortOrder: number
  active: boolean
}

/** The options typed one per line: blank lines dropped, each trimmed. */
export function optionLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
}

/** What is wrong with a question's options before sending, or undefined: 2 to 10 different lines for CHOICE. */
export function optionsProblem(form: Pick<QuestionForm, 'kind' | 'optionsText'>): 'count' | 'repeated' | undefined {
  if (form.kind !== 'CHOICE') return undefined
  const lines = optionLines(form.optionsText)
  if (lines.length < 2 || lines.length > MAX_OPTIONS) return 'count'
  if (new Set(lines).size !== lines.length) return 'repeated'
  return undefined
}

export function questionForm(q: VisitQuestionView | undefined, nextOrder: number): QuestionForm {
  return q
    ? { text: q.text, kind: q.kind, optionsText: q.options.join('\n'), sortOrder: q.sortOrder, active: q.active }
    : { text: '', kind: 'YES_NO', optionsText: '', sortOrder: nextOrder, active: true }
}

export function questionInput(form: QuestionForm, subDistrictId: number): VisitQuestionInput {
  return {
    subDistrictId,
    text: form.text.trim(),
    kind: form.kind,
    options: form.kind === 'CHOICE' ? optionLines(form.optionsText) : [],
    sortOrder: form.sortOrder,
    active: form.active,
  }
}
