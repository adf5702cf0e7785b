import { describe, expect, it } from 'vitest'
import { enUS, mergeMessages, zhCN } from './messages'

/** Every leaf key of a message tree, as `a.b.c`. */
function leaves(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    value && typeof value === 'object' ? leaves(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  )
}

describe('messages', () => {
  it('have every key in both languages (the merged trees of all features)', () => {
    const zh = new Set(leaves(zhCN))
    const en = new Set(leaves(enUS))
    expect(
      [...zh].filter((k) => !en.has(k)),
      'only in zh-CN',
    ).toEqual([])
    expect(
      [...en].filter((k) => !zh.has(k)),
      'only in en-US',
    ).toEqual([])
    expect(zh.size).toBeGreaterThan(900)
  })

  it('have text for every key', () => {
    for (const [lang, tree] of [
      ['zh-CN', zhCN],
      ['en-US', enUS],
    ] as const) {
      const blank = leaves(tree).filter((key) => {
        const value = key.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown>)[k], tree)
        return typeof value !== 'string' || value.trim() === ''
      })
      expect(blank, lang).toEqual([])
    }
  })

  it('keep the features’ keys where they were (one tree, as the screens name them)', () => {
    expect(zhCN.nav.areas).toBe('区域管理')
    expect(zhCN.nav.home).toBe('首页')
    expect(enUS.issue.deadline.overdue.days).toBe('overdue by {n} day | overdue by {n} days')
    expect(zhCN.mobileIssues.overdueDays).toBe('超期{n}天')
  })

  it('refuse a key that two modules both define', () => {
    expect(() => mergeMessages({ nav: { areas: 'a' } }, { nav: { areas: 'b' } })).toThrow('nav.areas')
    expect(() => mergeMessages({ issue: 'x' }, { issue: { status: 'y' } })).toThrow('issue')
    expect(mergeMessages({ nav: { a: '1' } }, { nav: { b: '2' } })).toEqual({ nav: { a: '1', b: '2' } })
  })
})
