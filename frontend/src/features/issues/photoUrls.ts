import { onBeforeUnmount, reactive, watch } from 'vue'
import { photoUrl } from './api'

/**
 * The images of an issue's photos as object URLs (fetched with the access token; an <img src> could not send it),
 * for office and phone pages alike: fetched when a photo appears, released when it goes or the page does. A photo
 * that cannot be fetched is listed in `failed` (and passed to `onError`).
 */
export function usePhotoUrls(issueId: () => number, photoIds: () => readonly number[], onError?: (e: unknown) => void) {
  const urls = reactive(new Map<number, string>())
  const failed = reactive(new Set<number>())

  watch(
    () => photoIds().join(','),
    () => {
      const ids = photoIds()
      for (const [id, url] of urls) {
        if (!ids.includes(id)) {
          URL.revokeObjectURL(url)
          urls.delete(id)
        }
      }
      for (const id of ids) {
        if (urls.has(id) || failed.has(id)) continue
        photoUrl(issueId(), id)
          .then((url) => urls.set(id, url))
          .catch((e: unknown) => {
            failed.add(id)
            onError?.(e)
          })
      }
    },
    { immediate: true },
  )
  onBeforeUnmount(() => {
    for (const url of urls.values()) URL.revokeObjectURL(url)
    urls.clear()
  })

  return { urls, failed }
}
