import { describe, expect, it } from 'vitest'
import { dayCell } from '@/features/talkdays/model/talkDays'

describe('a calendar day with many sessions', () => {
  const sessions = (n: number) => Array.from({ length: n }, (_, i) => i + 1)

  it.each([0, 1, 2, 3])('shows all %i sessions when they fit', (n) => {
    expect(dayCell(sessions(n))).toEqual({ shown: sessions(n), more: 0 })
  })

  it('shows two and "+N" for the rest once there are more than three', () => {
    expect(dayCell(sessions(4))).toEqual({ shown: [1, 2], more: 2 })
    expect(dayCell(sessions(9))).toEqual({ shown: [1, 2], more: 7 })
  })

  it('never takes more lines than it is given', () => {
    for (let n = 0; n < 12; n++) {
      const { shown, more } = dayCell(sessions(n), 4)
      expect(shown.length + (more ? 1 : 0)).toBeLessThanOrEqual(4)
      expect(shown.length + more).toBe(n)
    }
  })
})
