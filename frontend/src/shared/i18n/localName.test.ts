import { describe, expect, it } from 'vitest'
import { localName } from './localName'

describe('localName', () => {
  const roads = { name: '道路照明', nameEn: 'Roads and lighting' }

  it('shows the Chinese name to Chinese readers', () => {
    expect(localName(roads, 'zh-CN')).toBe('道路照明')
  })

  it('shows the English name to English readers', () => {
    expect(localName(roads, 'en-US')).toBe('Roads and lighting')
  })

  it.each([null, undefined, '', '   '])('falls back to the Chinese name when the English one is %j', (nameEn) => {
    expect(localName({ name: '自定义', nameEn }, 'en-US')).toBe('自定义')
  })

  it('names nothing as nothing', () => {
    expect(localName(null, 'en-US')).toBe('')
    expect(localName(undefined, 'zh-CN')).toBe('')
  })
})
