import { describe, expect, it } from 'vitest'
import { createAppI18n } from '@/shared/i18n'
import { leadersText } from './teams'

describe('the leaders of a handling team', () => {
  const leaders = [
    { name: '张伟', role: 'LEADER' as const },
    { name: '李娜', role: 'DEPUTY' as const },
  ]

  it('names each with their role, in the language of the reader', () => {
    expect(leadersText(leaders, createAppI18n('zh-CN').global.t)).toBe('张伟（队长）、李娜（副队长）')
    expect(leadersText(leaders, createAppI18n('en-US').global.t)).toBe('张伟 (Leader), 李娜 (Deputy leader)')
  })

  it('is empty for a team without leaders', () => {
    expect(leadersText([], createAppI18n('zh-CN').global.t)).toBe('')
  })
})
