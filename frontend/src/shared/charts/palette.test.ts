import { describe, expect, it } from 'vitest'
import { colorsByKey, PALETTE, paletteColor } from '@/shared/charts/palette'

describe('chart palette', () => {
  it('gives an entry the colour of its place in the whole list, whatever else is shown', () => {
    const color = colorsByKey(['WATER', 'ROADS', 'NOISE'])
    expect(color('NOISE')).toBe(PALETTE[2])
    expect(['NOISE', 'WATER'].map(color)).toEqual([PALETTE[2], PALETTE[0]])
    expect(colorsByKey([7, 3])(3)).toBe(PALETTE[1])
  })

  it('repeats past the end and gives an unlisted entry the next colour', () => {
    expect(paletteColor(PALETTE.length + 1)).toBe(PALETTE[1])
    expect(colorsByKey(['A', 'B'])('RETIRED')).toBe(PALETTE[2])
  })
})
