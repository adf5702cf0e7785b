import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createAppI18n, LOCALE_STORAGE_KEY, storedLocale } from '@/shared/i18n'
import { onLocaleChange, setLocale } from '@/shared/i18n/locale'
import { useElementLocale } from '@/shared/i18n/elementLocale'

describe('locale switching', () => {
  beforeEach(() => localStorage.clear())

  it('defaults to zh-CN', () => {
    expect(storedLocale()).toBe('zh-CN')
    expect(createAppI18n().global.t('level.GRID')).toBe('网格')
  })

  it('switches messages, Element Plus locale, document language and persists the choice', () => {
    const i18n = createAppI18n('zh-CN')
    const element = useElementLocale(i18n)
    expect(element.value.name).toBe('zh-cn')
    const listener = vi.fn()
    const off = onLocaleChange(listener)

    setLocale('en-US', i18n)

    expect(i18n.global.t('level.GRID')).toBe('Grid')
    expect(i18n.global.t('role.grid-worker')).toBe('Grid worker')
    expect(element.value.name).toBe('en')
    expect(document.documentElement.lang).toBe('en-US')
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en-US')
    expect(storedLocale()).toBe('en-US')
    expect(listener).toHaveBeenCalledWith('en-US')
    off()
  })

  it('ignores an unknown stored locale and refuses to switch to one', () => {
    localStorage.setItem(LOCALE_STORAGE_KEY, 'fr-FR')
    expect(storedLocale()).toBe('zh-CN')
    // @ts-expect-error not a supported locale
    expect(() => setLocale('fr-FR', createAppI18n())).toThrow()
  })
})
