import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createAppI18n } from '@/shared/i18n'
import DeadlineMark from '@/features/issues/mobile/DeadlineMark.vue'
import { deadlineMark } from '@/features/issues/model/deadline'

const HOUR = 3_600_000
const NOW = Date.parse('2026-11-21T04:30:00Z') // 12:30 in Shanghai

function markText(issue: { status: string; warning: string; dueAt: string }, locale: 'zh-CN' | 'en-US' = 'zh-CN') {
  const wrapper = mount(DeadlineMark, {
    props: { issue: issue as never, now: NOW },
    global: { plugins: [createAppI18n(locale)], stubs: { transition: false } },
  })
  const el = wrapper.find('[data-testid="deadline-mark"]')
  return el.exists() ? { text: el.text(), classes: el.classes() } : null
}

describe('phone deadline mark', () => {
  it('counts the calendar days past the last day, in red (the office’s rule)', () => {
    // 36.5 hours late: due at 00:00 on the 20th (last day the 19th), read on the 21st at 12:30: the second day overdue
    const dueAt = new Date(NOW - 36.5 * HOUR).toISOString()
    expect(markText({ status: 'IN_PROGRESS', warning: 'RED', dueAt })).toEqual({
      text: '超期2天',
      classes: expect.arrayContaining(['van-tag--danger', 'deadline-mark--danger']),
    })
    expect(markText({ status: 'IN_PROGRESS', warning: 'RED', dueAt: new Date(NOW - HOUR).toISOString() })?.text).toBe(
      '超期1天',
    )
    expect(markText({ status: 'ASSIGNED', warning: 'RED', dueAt }, 'en-US')?.text).toBe('Overdue 2 days')
  })

  it('says due today on the last day and counts the days left before it, in yellow', () => {
    const dueAt = new Date(NOW + 5.5 * HOUR).toISOString() // 18:00 today
    expect(markText({ status: 'ACCEPTED', warning: 'YELLOW', dueAt })).toEqual({
      text: '今日到期',
      classes: expect.arrayContaining(['van-tag--warning', 'deadline-mark--warning']),
    })
    expect(
      markText({ status: 'ACCEPTED', warning: 'YELLOW', dueAt: new Date(NOW + 20 * 60_000).toISOString() }, 'en-US')
        ?.text,
    ).toBe('Due today')
    // due at the midnight after the 23rd (its last day): two days left on the 21st
    expect(markText({ status: 'ACCEPTED', warning: 'YELLOW', dueAt: '2026-11-23T16:00:00Z' })?.text).toBe('剩余2天')
    expect(markText({ status: 'ACCEPTED', warning: 'YELLOW', dueAt: '2026-11-23T16:00:00Z' }, 'en-US')?.text).toBe(
      '2 days left',
    )
  })

  it('turns a yellow issue red once its due time passes on the device clock', () => {
    expect(
      deadlineMark({ status: 'RECEIVED', warning: 'YELLOW', dueAt: new Date(NOW - 1000).toISOString() }, NOW),
    ).toEqual({
      level: 'RED',
      kind: 'overdue',
      days: 1,
    })
  })

  it('shows nothing outside the warning window or once the clock has stopped', () => {
    const past = new Date(NOW - 50 * HOUR).toISOString()
    expect(
      markText({ status: 'IN_PROGRESS', warning: 'NONE', dueAt: new Date(NOW + 90 * HOUR).toISOString() }),
    ).toBeNull()
    expect(markText({ status: 'RESOLVED', warning: 'NONE', dueAt: past })).toBeNull()
    expect(markText({ status: 'CLOSED', warning: 'RED', dueAt: past })).toBeNull()
    expect(markText({ status: 'REJECTED', warning: 'NONE', dueAt: past })).toBeNull()
  })
})
