import { describe, expect, it } from 'vitest'
import { commentOf, feedbackQuery, feedbackYears, hoursText } from './partyFeedback'

describe('the feedback page', () => {
  it('offers this year and the four before it', () => {
    expect(feedbackYears(2026)).toEqual(['2026', '2025', '2024', '2023', '2022'])
  })

  it('asks for one year and only the filters that are set', () => {
    expect(feedbackQuery({ year: '2025', area: undefined, employer: '  ', rating: '' })).toEqual({
      year: 2025,
      areaId: undefined,
      employer: undefined,
      rating: undefined,
    })
    expect(feedbackQuery({ year: '2026', area: 7, employer: ' 城关供电公司 ', rating: 'EXCELLENT' })).toEqual({
      year: 2026,
      areaId: 7,
      employer: '城关供电公司',
      rating: 'EXCELLENT',
    })
  })

  it('sends no comment when nothing was typed', () => {
    expect(commentOf('   ')).toBeUndefined()
    expect(commentOf(' 表现突出 ')).toBe('表现突出')
  })
})

describe('hoursText', () => {
  it('prints two decimals', () => {
    expect(hoursText(2.5)).toBe('2.50')
    expect(hoursText(0)).toBe('0.00')
    expect(hoursText(12.25)).toBe('12.25')
  })
})
