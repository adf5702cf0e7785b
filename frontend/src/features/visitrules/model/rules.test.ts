import { describe, expect, it } from 'vitest'
import type { VisitRuleView } from '@/shared/api/types'
import zh from '@/shared/messages/zh-CN'
import {
  describeRule,
  emptyRuleForm,
  optionLines,
  optionsProblem,
  periodStart,
  questionInput,
  ruleInput,
  type RuleWords,
} from './rules'

const names: Record<string, string> = { ELDERLY_ALONE: '独居老人', MINIMUM_LIVING: '低保户' }
const words: RuleWords = {
  target: (x) => zh.visitEnum.target[x],
  responsible: (x) => zh.visitEnum.responsible[x],
  period: (kind, days) => (kind === 'EVERY_N_DAYS' ? `每 ${days} 天` : zh.visitEnum.periodKind[kind]),
  times: (n) => `${n} 次`,
  mode: (m) => zh.visitEnum.mode[m],
  codes: (rule) => (rule.codes.length ? rule.codes.map((c) => names[c] ?? c).join('、') : '全部类型'),
}

function rule(overrides: Partial<VisitRuleView>): VisitRuleView {
  return {
    id: 1,
    subDistrictId: 7,
    name: '网格员半年全覆盖走访',
    target: 'ALL_HOUSEHOLDS',
    codes: [],
    responsible: 'GRID_WORKER',
    periodKind: 'HALF_YEAR',
    periodDays: null,
    anchorDate: '2026-07-01',
    visitsRequired: 1,
    modes: ['AT_DOOR', 'IN_HOME'],
    active: true,
    defaultRule: 'GRID_HALF_YEAR',
    currentPeriod: null,
    hasPeriods: false,
    version: 0,
    ...overrides,
  }
}

describe('describeRule', () => {
  it.each([
    [rule({}), '网格内全部住户 · 网格员 · 每半年 1 次 · 入户/门口'],
    [
      rule({
        target: 'PAIRED',
        responsible: 'HELPER',
        periodKind: 'MONTH',
        modes: ['VIDEO', 'PHONE', 'IN_HOME', 'AT_DOOR'],
      }),
      '结对住户（全部类型） · 结对帮扶人 · 每月 1 次 · 入户/门口/电话/视频',
    ],
    [
      rule({
        target: 'CARE_TAGGED',
        codes: ['ELDERLY_ALONE', 'MINIMUM_LIVING'],
        periodKind: 'EVERY_N_DAYS',
        periodDays: 10,
        visitsRequired: 2,
        modes: ['PHONE'],
      }),
      '有关爱标签的住户（独居老人、低保户） · 网格员 · 每 10 天 2 次 · 电话',
    ],
  ])('%#: %s', (r, expected) => {
    expect(describeRule(r, words)).toBe(expected)
  })
})

describe('periodStart', () => {
  it.each([
    ['MONTH', '2026-12-05', '2026-12-01'],
    ['QUARTER', '2026-12-05', '2026-10-01'],
    ['QUARTER', '2026-03-31', '2026-01-01'],
    ['HALF_YEAR', '2026-06-30', '2026-01-01'],
    ['HALF_YEAR', '2026-07-01', '2026-07-01'],
    ['EVERY_N_DAYS', '2026-12-05', '2026-12-05'],
  ] as const)('%s holding %s starts %s', (kind, today, start) => {
    expect(periodStart(kind, today)).toBe(start)
  })
})

describe('ruleInput', () => {
  it('sends codes only where the target takes them and N only for N-day periods', () => {
    const form = {
      ...emptyRuleForm('2026-12-05'),
      name: ' 规则 ',
      codes: ['X'],
      periodDays: 10,
      responsible: 'HELPER' as const,
    }
    expect(ruleInput(form, 7)).toMatchObject({
      subDistrictId: 7,
      name: '规则',
      codes: [],
      periodDays: null,
      responsible: 'GRID_WORKER',
      anchorDate: '2026-12-01',
    })
    const nDays = {
      ...form,
      target: 'PAIRED' as const,
      periodKind: 'EVERY_N_DAYS' as const,
      modes: ['VIDEO', 'IN_HOME'] as const,
    }
    expect(ruleInput({ ...nDays, modes: [...nDays.modes] }, 7)).toMatchObject({
      codes: ['X'],
      periodDays: 10,
      responsible: 'HELPER',
      modes: ['IN_HOME', 'VIDEO'],
    })
  })
})

describe('question options', () => {
  it('reads one option a line, blank lines dropped', () => {
    expect(optionLines(' 良好 \n\n一般\r\n较差\n')).toEqual(['良好', '一般', '较差'])
  })

  it.each([
    ['CHOICE', '是', 'count'],
    ['CHOICE', '是\n否', undefined],
    ['CHOICE', '是\n是', 'repeated'],
    ['CHOICE', Array.from({ length: 11 }, (_, i) => `选项${i}`).join('\n'), 'count'],
    ['TEXT', '', undefined],
  ] as const)('%s %j: %s', (kind, optionsText, problem) => {
    expect(optionsProblem({ kind, optionsText })).toBe(problem)
  })

  it('sends options only for a choice question', () => {
    expect(
      questionInput({ text: '问', kind: 'TEXT', optionsText: 'a\nb', sortOrder: 1, active: true }, 7).options,
    ).toEqual([])
  })
})
