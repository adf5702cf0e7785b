// Photos taken on a phone are often 4000 px and 3–8 MB: too slow on a mobile connection and over the server's 5 MB
// limit. Large ones are redrawn on a canvas at most 1600 px on their longer side and sent as JPEG.

import { PHOTO_TYPES } from '../model/photos'

export const MAX_PHOTO_SIDE = 1600
/** Below this size (and within MAX_PHOTO_SIDE) a JPEG, PNG or WebP is sent as it is. */
export const KEEP_BYTES = 1024 * 1024
export const JPEG_QUALITY = 0.85
const SENDABLE_TYPES = PHOTO_TYPES

export function scaledSize(width: number, height: number, max = MAX_PHOTO_SIDE): { width: number; height: number } {
  const scale = Math.min(1, max / Math.max(width, height))
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) }
}

/** Whether an image should be redrawn: too wide or tall, too heavy, or of a type the server does not take. */
export function needsCompression(file: { size: number; type: string }, width: number, height: number): boolean {
  return Math.max(width, height) > MAX_PHOTO_SIDE || file.size > KEEP_BYTES || !SENDABLE_TYPES.includes(file.type)
}

/** `IMG_0001.HEIC` → `IMG_0001.jpg`. */
export function jpegName(name: string): string {
  const base = name.replace(/\.[^./\\]*$/, '') || 'photo'
  return `${base}.jpg`
}

interface Decoded {
  source: CanvasImageSource
  width: number
  height: number
  close: () => void
}

async function decode(file: Blob): Promise<Decoded> {
  if (typeof createImageBitmap === 'function') {
    try {
      // honours the EXIF orientation of phone photos
      const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' })
      return { source: bitmap, width: bitmap.width, height: bitmap.height, close: () => bitmap.close() }
    } catch {
      // some browsers cannot decode every type this way: try an <img>
    }
  }
  const url = URL.createObjectURL(file)
  try {
    const img = new Image()
    img.src = url
    await img.decode()
    return { source: img, width: img.naturalWidth, height: img.naturalHeight, close: () => undefined }
  } finally {
    URL.revokeObjectURL(url)
  }
}

function toJpeg(canvas: HTMLCanvasElement): Promise<Blob | null> {
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', JPEG_QUALITY))
}

/**
 * The file to upload for a picked photo: the original when it is small enough, else a JPEG of at most
 * MAX_PHOTO_SIDE px. When the browser cannot decode the image the original is sent and the server judges it.
 */
export async function preparePhoto(file: File): Promise<File> {
  let decoded: Decoded
  try {
    decoded = await decode(file)
  } catch {
    return file
  }
  try {
    if (!needsCompression(file, decoded.width, decoded.height)) return file
    const { width, height } = scaledSize(decoded.width, decoded.height)
    const canvas = document.createElement('canvas')
    canvas.width = width
    canvas.height = height
    const context = canvas.getContext('2d')
    if (!context) return file
    // JPEG has no transparency: transparent PNG areas become white rather than black
    context.fillStyle = '#fff'
    context.fillRect(0, 0, width, height)
    context.drawImage(decoded.source, 0, 0, width, height)
    const blob = await toJpeg(canvas)
    if (!blob) return file
    const resized = width !== decoded.width || height !== decoded.height
    if (!resized && blob.size >= file.size && SENDABLE_TYPES.includes(file.type)) return file
    return new File([blob], jpegName(file.name), { type: 'image/jpeg', lastModified: file.lastModified })
  } finally {
    decoded.close()
  }
}
