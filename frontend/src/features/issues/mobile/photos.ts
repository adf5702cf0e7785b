// Photos taken on a phone are sent compressed when large (image.ts), through the issue API like the office's.
import type { IssueDetail } from '@/shared/api/types'
import { addIssuePhoto } from '../api'
import { preparePhoto } from './image'

/** Adds a photo to the issue (compressed first when large): the issue as it now stands. */
export async function addPhonePhoto(issueId: number, file: File): Promise<IssueDetail> {
  const photo = await preparePhoto(file)
  return addIssuePhoto(issueId, photo, photo.name)
}
