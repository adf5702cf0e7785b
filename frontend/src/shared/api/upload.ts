/**
 * The body options of an upload whose multipart form has one required part `file` (photos, registry import). The
 * generated types describe a binary part as a string, so the body names the Blob as one; what is sent is the form.
 */
export function fileUpload(file: Blob, fileName: string): { body: { file: string }; bodySerializer: () => FormData } {
  const form = new FormData()
  form.append('file', file, fileName)
  return { body: { file: file as unknown as string }, bodySerializer: () => form }
}
