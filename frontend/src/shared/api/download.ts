// Saving a file the API returned (Excel template, export) under the name the server gave it.
import { unwrap } from './problem'

/** A file the API returned: its bytes and its name. */
export interface Download {
  blob: Blob
  name: string
}

/** The file of a download call (`parseAs: 'blob'`), named as the server's Content-Disposition says, else `fallback`. */
export function downloadOf(
  result: { data?: unknown; error?: unknown; response: Response },
  fallback: string,
): Download {
  return {
    blob: unwrap(result) as Blob,
    name: filenameFrom(result.response.headers.get('Content-Disposition'), fallback),
  }
}

/** The file name from a Content-Disposition header (RFC 6266: filename* wins over filename), or `fallback`. */
export function filenameFrom(disposition: string | null | undefined, fallback: string): string {
  if (!disposition) return fallback
  const star = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(disposition)
  if (star) {
    try {
      return decodeURIComponent(star[2]!.trim().replace(/^"|"$/g, ''))
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/i.exec(disposition)
  const name = plain ? (plain[2] ?? plain[1]!).trim() : ''
  return name || fallback
}

export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = filename
  a.style.display = 'none'
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
