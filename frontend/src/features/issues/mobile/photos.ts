// Issue photos: upload (compressed when large) and thumbnails fetched with the bearer token as blob URLs.
import { api } from '@/shared/api/client'
import { fileUpload } from '@/shared/api/upload'
import { unwrap } from '@/shared/api/problem'
import type { IssueDetail } from '@/shared/api/types'
import { preparePhoto } from './image'

export const MAX_ISSUE_PHOTOS = 9

/** POST /api/issues/{id}/photos (multipart field `file`): the issue as it now stands, and its new ETag. */
export async function uploadIssuePhoto(issueId: number, file: File): Promise<{ detail: IssueDetail; etag: string | null }> {
  const photo = await preparePhoto(file)
  const result = await api.POST('/api/issues/{id}/photos', {
    params: { path: { id: issueId } },
    ...fileUpload(photo, photo.name),
  })
  return { detail: unwrap(result), etag: result.response.headers.get('ETag') }
}

/** The image of a photo as a blob URL (an <img src> cannot send the Authorization header). Revoke it when done. */
export async function photoUrl(issueId: number, photoId: number): Promise<string> {
  const blob = unwrap(
    await api.GET('/api/issues/{id}/photos/{photoId}', { params: { path: { id: issueId, photoId } }, parseAs: 'blob' }),
  ) as unknown as Blob
  return URL.createObjectURL(blob)
}
