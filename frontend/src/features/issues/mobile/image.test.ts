import { describe, expect, it } from 'vitest'
import { jpegName, needsCompression, preparePhoto, scaledSize } from '@/features/issues/mobile/image'

describe('photo compression', () => {
  it('scales the longer side down to 1600 px and never up', () => {
    expect(scaledSize(4032, 3024)).toEqual({ width: 1600, height: 1200 })
    expect(scaledSize(3024, 4032)).toEqual({ width: 1200, height: 1600 })
    expect(scaledSize(800, 600)).toEqual({ width: 800, height: 600 })
  })

  it('redraws images that are too large, too heavy or of another type', () => {
    expect(needsCompression({ size: 300_000, type: 'image/jpeg' }, 4000, 3000)).toBe(true)
    expect(needsCompression({ size: 3_000_000, type: 'image/jpeg' }, 1600, 1200)).toBe(true)
    expect(needsCompression({ size: 300_000, type: 'image/heic' }, 1200, 900)).toBe(true)
    expect(needsCompression({ size: 300_000, type: 'image/png' }, 1200, 900)).toBe(false)
  })

  it('names the JPEG after the original', () => {
    expect(jpegName('IMG_0001.HEIC')).toBe('IMG_0001.jpg')
    expect(jpegName('photo')).toBe('photo.jpg')
  })

  it('sends the original when the browser cannot decode it', async () => {
    const file = new File([new Uint8Array([1, 2, 3])], 'x.jpg', { type: 'image/jpeg' })
    await expect(preparePhoto(file)).resolves.toBe(file)
  })
})
