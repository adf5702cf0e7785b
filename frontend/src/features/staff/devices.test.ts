import { describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import type { StaffDeviceView } from '@/shared/api/types'
import zhCN from './messages/zh-CN'
import enUS from './messages/en-US'
import { devicesAtRisk, disableWarning, relativeTime } from './devices'

const NOW = Date.parse('2026-12-05T02:31:00Z') // 10:31 in Beijing
const HOUR = 3_600_000

function device(id: string, lastSyncAgoMs: number, unsentCount: number): StaffDeviceView {
  const lastSyncAt = new Date(NOW - lastSyncAgoMs).toISOString()
  return { deviceId: id, label: `Chrome on Android ${id}`, firstSeenAt: lastSyncAt, lastSyncAt, unsentCount }
}

describe('devicesAtRisk', () => {
  it.each([
    ['synced an hour ago, nothing unsent', HOUR, 0, true],
    ['synced just under a day ago', 24 * HOUR - 1000, 0, true],
    ['synced a day ago, nothing unsent', 24 * HOUR, 0, false],
    ['synced a week ago with 3 unsent', 7 * 24 * HOUR, 3, true],
    ['synced a week ago, nothing unsent', 7 * 24 * HOUR, 0, false],
  ])('%s → %s', (_name, ago, unsent, risky) => {
    expect(devicesAtRisk([device('a', ago, unsent)], NOW).length).toBe(risky ? 1 : 0)
  })
})

describe('relativeTime', () => {
  it.each([
    [20_000, 'zh-CN', '现在'],
    [3 * 60_000, 'zh-CN', '3分钟前'],
    [5 * HOUR, 'zh-CN', '5小时前'],
    [24 * HOUR, 'zh-CN', '昨天'],
    [3 * 60_000, 'en-US', '3 minutes ago'],
    [24 * HOUR, 'en-US', 'yesterday'],
    [40 * 24 * HOUR, 'en-US', 'last month'],
    [400 * 24 * HOUR, 'en-US', 'last year'],
  ])('%d ms ago in %s → %s', (ago, locale, text) => {
    expect(relativeTime(new Date(NOW - ago).toISOString(), NOW, locale)).toBe(text)
  })
})

describe('disableWarning', () => {
  const i18n = createI18n({ legacy: false, locale: 'zh-CN', messages: { 'zh-CN': zhCN, 'en-US': enUS } })
  const t = (key: string, values: Record<string, unknown>) => i18n.global.t(key, values)
  const at = (iso: string) =>
    new Intl.DateTimeFormat('zh-CN', {
      timeZone: 'Asia/Shanghai',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(new Date(iso))

  it('names each device at risk with its last sync and what it still held', () => {
    i18n.global.locale.value = 'zh-CN'
    const old = device('old', 30 * 24 * HOUR, 0)
    const unsent: StaffDeviceView = { ...device('x', 0, 3), label: 'Chrome on Android' }
    expect(disableWarning([unsent, old], NOW, t, at)).toBe(
      '该账号有 1 台设备可能仍在使用：“Chrome on Android”在 12/05 10:31 同步时仍有 3 条未发送。停用后，这些设备上未发送的记录将无法再提交。',
    )
    i18n.global.locale.value = 'en-US'
    const recent: StaffDeviceView = { ...device('y', 2 * HOUR, 0), label: 'Safari on iPhone' }
    expect(disableWarning([unsent, recent], NOW, t, at)).toBe(
      'Devices of this account that may still be in use (2): "Chrome on Android" still held 3 unsent items when it' +
        ' synced at 12/05 10:31; "Safari on iPhone" synced at 12/05 08:31. Once the account is disabled, what is' +
        ' unsent on them can no longer be sent.',
    )
  })

  it('says nothing when no device is at risk', () => {
    expect(disableWarning([device('old', 30 * 24 * HOUR, 0)], NOW, t, at)).toBeUndefined()
    expect(disableWarning([], NOW, t, at)).toBeUndefined()
  })
})
