// The certificate and export calls: a volunteer's service certificate (staff), one's own (a volunteer account), and
// the confirmed hours for the national volunteer system.
import type { paths } from '@/api/schema'
import { api } from '@/shared/api/client'
import { downloadOf, type Download } from '@/shared/api/download'
import type { Period } from '@/shared/time/dates'

export type HoursExportQuery = NonNullable<paths['/api/volunteer-hours/export']['get']['parameters']['query']>

export async function volunteerCertificate(id: number, [from, to]: Period): Promise<Download> {
  return downloadOf(
    await api.GET('/api/volunteers/{id}/certificate.pdf', {
      params: { path: { id }, query: { from, to } },
      parseAs: 'blob',
    }),
    'certificate.pdf',
  )
}

export async function ownCertificate([from, to]: Period): Promise<Download> {
  return downloadOf(
    await api.GET('/api/volunteers/me/certificate.pdf', { params: { query: { from, to } }, parseAs: 'blob' }),
    'certificate.pdf',
  )
}

export async function exportHours(query: HoursExportQuery): Promise<Download> {
  return downloadOf(
    await api.GET('/api/volunteer-hours/export', { params: { query }, parseAs: 'blob' }),
    'volunteer-hours.xlsx',
  )
}
