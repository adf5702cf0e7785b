// Photos taken on a phone are sent compressed when large (image.ts), through the issue API like the office's.
import type { UploaderFileListItem } from 'vant'
import type { IssueDetail } from '@/shared/api/types'
import { submitThroughOutbox, type OutboxInput, type SubmitOutcome } from '@/features/offline'
import { toastError } from '@/shared/mobile/errors'
import { addIssuePhoto } from '../api'
import { preparePhoto } from './image'

/** Adds a photo to the issue (compressed first when large): the issue as it now stands. */
export async function addPhonePhoto(issueId: number, file: File): Promise<IssueDetail> {
  const photo = await preparePhoto(file)
  return addIssuePhoto(issueId, photo, photo.name)
}

/**
 * A phone form's write through the outbox, its photos compressed first and queued with it (`build` makes the item
 * from them). Undefined when the phone could not keep it (storage full, database closed): said in a toast; nothing
 * was saved and the form keeps everything.
 */
export async function queueWithPhotos(
  build: (photos: { blob: Blob; fileName: string }[]) => OutboxInput,
  items: UploaderFileListItem[],
): Promise<SubmitOutcome | undefined> {
  try {
    const files = items.map((p) => p.file).filter((f): f is File => !!f)
    const prepared = await Promise.all(files.map((f) => preparePhoto(f)))
    return await submitThroughOutbox(build(prepared.map((p) => ({ blob: p, fileName: p.name }))))
  } catch (e) {
    toastError(e)
    return undefined
  }
}
