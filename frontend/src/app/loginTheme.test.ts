// The Keycloak login page says the product's name as the app does: the realm's display name (zh-CN, the realm's
// default locale) and the login theme's messages in both languages are the app's own `app.name`.
import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { enUS, zhCN } from '@/shared/i18n/messages'

const KEYCLOAK = resolve(dirname(fileURLToPath(import.meta.url)), '../../../backend/keycloak')
const read = (path: string) => readFileSync(join(KEYCLOAK, path), 'utf8')

function properties(path: string): Record<string, string> {
  const entries = read(path)
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => [line.slice(0, line.indexOf('=')).trim(), line.slice(line.indexOf('=') + 1).trim()])
  return Object.fromEntries(entries)
}

describe('the login page and the app have one name', () => {
  const realm = JSON.parse(read('gridwork-realm.json')) as Record<string, unknown>
  const theme = 'themes/gridwork/login/messages'

  it('the realm uses our login theme, Chinese first, and carries the app’s Chinese name', () => {
    expect(realm.loginTheme).toBe('gridwork')
    expect(realm.defaultLocale).toBe('zh-CN')
    expect(realm.supportedLocales).toEqual(['zh-CN', 'en'])
    expect(realm.displayName).toBe(zhCN.app.name)
    expect(realm.displayNameHtml).toBe(zhCN.app.name)
  })

  it('the theme names the product as the app does, in each language', () => {
    const zh = properties(`${theme}/messages_zh_CN.properties`)
    const en = properties(`${theme}/messages_en.properties`)
    expect(zh.loginTitleHtml).toBe(zhCN.app.name)
    expect(zh.loginTitle).toContain(zhCN.app.name)
    expect(en.loginTitleHtml).toBe(enUS.app.name)
    expect(en.loginTitle).toContain(enUS.app.name)
  })
})
