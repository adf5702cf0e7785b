// Every call to the year-end feedback endpoints (/api/party-feedback…): the forms, the employers, the rating, the
// employer's workbook and a member's PDF.
import type { components, paths } from '@/api/schema'
import { api } from '@/shared/api/client'
import { downloadOf, type Download } from '@/shared/api/download'
import { unwrap } from '@/shared/api/problem'

type Schemas = components['schemas']
export type PartyFeedbackView = Schemas['PartyFeedbackView']
export type PartyFeedbackPage = Schemas['PageResultPartyFeedbackView']
export type PartyFeedbackRating = Schemas['PartyFeedbackRating']
export type PartyFeedbackRate = Schemas['PartyFeedbackRate']
export type PartyFeedbackEmployer = Schemas['PartyFeedbackEmployer']

export type PartyFeedbackQuery = NonNullable<paths['/api/party-feedback']['get']['parameters']['query']>
export type PartyFeedbackEmployerQuery = NonNullable<
  paths['/api/party-feedback/employers']['get']['parameters']['query']
>
export type PartyFeedbackExportQuery = NonNullable<
  paths['/api/party-feedback/export.xlsx']['get']['parameters']['query']
>

export async function listPartyFeedback(query: PartyFeedbackQuery): Promise<PartyFeedbackPage> {
  return unwrap(await api.GET('/api/party-feedback', { params: { query } }))
}

export async function listPartyFeedbackEmployers(query: PartyFeedbackEmployerQuery): Promise<PartyFeedbackEmployer[]> {
  return unwrap(await api.GET('/api/party-feedback/employers', { params: { query } }))
}

/** Rates the form as last read (its version as If-Match, 0 before the first rating): 412 when someone rated meanwhile. */
export async function ratePartyFeedback(
  form: Pick<PartyFeedbackView, 'reportId' | 'version'>,
  body: PartyFeedbackRate,
): Promise<PartyFeedbackView> {
  return unwrap(
    await api.PUT('/api/party-feedback/{reportId}', {
      params: { path: { reportId: form.reportId }, header: { 'If-Match': `"${form.version}"` } },
      body,
    }),
  )
}

export async function exportPartyFeedback(query: PartyFeedbackExportQuery): Promise<Download> {
  return downloadOf(
    await api.GET('/api/party-feedback/export.xlsx', { params: { query }, parseAs: 'blob' }),
    'party-feedback.xlsx',
  )
}

export async function partyFeedbackForm(reportId: number): Promise<Download> {
  return downloadOf(
    await api.GET('/api/party-feedback/{reportId}/form.pdf', { params: { path: { reportId } }, parseAs: 'blob' }),
    'party-feedback.pdf',
  )
}
