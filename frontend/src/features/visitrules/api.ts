// Every call to the visit rules and visit questions (/api/visit-rules…, /api/visit-questions…).
import { api, etagOf } from '@/shared/api/client'
import { unwrap } from '@/shared/api/problem'
import type {
  VisitQuestionInput,
  VisitQuestionView,
  VisitRuleInput,
  VisitRulePeriodView,
  VisitRuleView,
} from '@/shared/api/types'

export async function listRules(subDistrictId: number): Promise<VisitRuleView[]> {
  return unwrap(await api.GET('/api/visit-rules', { params: { query: { subDistrictId } } }))
}

export async function createRule(body: VisitRuleInput): Promise<VisitRuleView> {
  return unwrap(await api.POST('/api/visit-rules', { body }))
}

/** Saves against the version read (If-Match): 412 when someone changed the rule meanwhile. */
export async function updateRule(read: VisitRuleView, body: VisitRuleInput): Promise<VisitRuleView> {
  return unwrap(
    await api.PUT('/api/visit-rules/{id}', {
      params: { path: { id: read.id }, header: { 'If-Match': etagOf(read.version) } },
      body,
    }),
  )
}

export async function switchRule(read: VisitRuleView, on: boolean): Promise<VisitRuleView> {
  const options = { params: { path: { id: read.id }, header: { 'If-Match': etagOf(read.version) } } }
  return unwrap(
    on
      ? await api.POST('/api/visit-rules/{id}/activate', options)
      : await api.POST('/api/visit-rules/{id}/deactivate', options),
  )
}

export async function listPeriods(ruleId: number): Promise<VisitRulePeriodView[]> {
  return unwrap(await api.GET('/api/visit-rules/{id}/periods', { params: { path: { id: ruleId } } }))
}

export async function listQuestions(subDistrictId: number): Promise<VisitQuestionView[]> {
  return unwrap(await api.GET('/api/visit-questions', { params: { query: { subDistrictId } } }))
}

export async function createQuestion(body: VisitQuestionInput): Promise<VisitQuestionView> {
  return unwrap(await api.POST('/api/visit-questions', { body }))
}

export async function updateQuestion(read: VisitQuestionView, body: VisitQuestionInput): Promise<VisitQuestionView> {
  return unwrap(
    await api.PUT('/api/visit-questions/{id}', {
      params: { path: { id: read.id }, header: { 'If-Match': etagOf(read.version) } },
      body,
    }),
  )
}
