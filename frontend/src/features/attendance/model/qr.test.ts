import { describe, expect, it } from 'vitest'
import jsQR from 'jsqr'
import { qrModules, qrPath } from '@/features/attendance/model/qr'
import { parseCheckInPayload, qrText } from '@/features/attendance/model/checkIn'

/** The modules as an RGBA image, `scale` pixels a module, as a camera frame would give them to the decoder. */
function raster(modules: boolean[][], scale: number): { data: Uint8ClampedArray; size: number } {
  const size = modules.length * scale
  const data = new Uint8ClampedArray(size * size * 4)
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const v = modules[Math.floor(y / scale)]![Math.floor(x / scale)] ? 0 : 255
      data.set([v, v, v, 255], (y * size + x) * 4)
    }
  return { data, size }
}

describe('the check-in QR code', () => {
  it('is read back by the phone’s decoder as the check-in it carries', () => {
    const text = qrText('/m/check-in?session=123456&code=073196', 'https://gridwork.example.cn')
    const modules = qrModules(text)
    const { data, size } = raster(modules, 4)
    const read = jsQR(data, size, size)
    expect(read?.data).toBe(text)
    expect(parseCheckInPayload(read!.data)).toEqual({ sessionId: 123456, code: '073196' })
  })

  it('keeps a quiet zone of four light modules around it', () => {
    const modules = qrModules('x')
    for (const row of [0, 1, 2, 3, modules.length - 1]) expect(modules[row]!.some(Boolean)).toBe(false)
    expect(modules.every((row) => !row[0] && !row[3] && !row[row.length - 1])).toBe(true)
  })

  it('draws one rectangle per run of dark modules', () => {
    expect(
      qrPath([
        [false, true, true, false],
        [true, false, false, true],
      ]),
    ).toBe('M1 0h2v1h-2zM0 1h1v1h-1zM3 1h1v1h-1z')
    expect(qrPath([[false, false]])).toBe('')
  })
})
