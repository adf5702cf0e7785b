import { afterEach, describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { setup, settle, stubs } from '@/shared/testing/office'
import AppShell from './AppShell.vue'

afterEach(() => {
  document.body.innerHTML = ''
})

async function menuOf(role: 'street-admin' | 'grid-worker', path = '/issues/7') {
  const { router, plugins } = await setup({ roles: [role], scope: { all: role === 'street-admin', areas: [] } })
  await router.push(path)
  const wrapper = mount(AppShell, {
    global: { plugins, stubs: { ...stubs, 'router-view': true } },
    attachTo: document.body,
  })
  await settle()
  const entries = [...document.querySelectorAll('[data-testid="side-menu"] [data-testid^="menu-"]')]
  return { wrapper, entries: entries.map((e) => [e.getAttribute('data-testid'), e.textContent?.trim()]) }
}

describe('AppShell', () => {
  it('shows the menu the routes describe, in the UI language, the page’s entry active', async () => {
    const { wrapper, entries } = await menuOf('street-admin')
    expect(entries).toEqual([
      ['menu-workbench', '工作台'],
      ['menu-areas', '区域管理'],
      ['menu-households', '住户台账'],
      ['menu-residents', '居民查询'],
      ['menu-talk-days', '说事日'],
      ['menu-issues', '诉求'],
      ['menu-issue-stats', '诉求统计'],
      ['menu-audit', '审计日志'],
      ['menu-staff', '账号管理'],
      ['menu-api-clients', '系统接入'],
      ['menu-volunteer-service', '志愿服务志愿者志愿服务队志愿活动时长确认志愿时长导出志愿服务统计'],
      ['menu-volunteers', '志愿者'],
      ['menu-volunteer-teams', '志愿服务队'],
      ['menu-activities', '志愿活动'],
      ['menu-hours-queue', '时长确认'],
      ['menu-hours-export', '志愿时长导出'],
      ['menu-volunteer-stats', '志愿服务统计'],
      ['menu-visit-service', '结对走访结对帮扶转交记录走访记录走访覆盖走访规则'],
      ['menu-pairings', '结对帮扶'],
      ['menu-reassignments', '转交记录'],
      ['menu-visit-log', '走访记录'],
      ['menu-visit-coverage', '走访覆盖'],
      ['menu-visit-rules', '走访规则'],
      [
        'menu-party-building',
        '党建共建党员报到党员岗位服务核实微心愿反馈单共建单位共建协议需求与资源共建项目积分排行党建统计',
      ],
      ['menu-party-reports', '党员报到'],
      ['menu-party-posts', '党员岗位'],
      ['menu-party-service', '服务核实'],
      ['menu-micro-wishes', '微心愿'],
      ['menu-party-feedback', '反馈单'],
      ['menu-cobuild-units', '共建单位'],
      ['menu-cobuild-agreements', '共建协议'],
      ['menu-cobuild-lists', '需求与资源'],
      ['menu-cobuild-projects', '共建项目'],
      ['menu-cobuild-points', '积分排行'],
      ['menu-party-building-stats', '党建统计'],
      ['menu-settings', '设置诉求类别代码表工作日历时长设置'],
      ['menu-issue-categories', '诉求类别'],
      ['menu-dictionary', '代码表'],
      ['menu-working-calendar', '工作日历'],
      ['menu-hours-settings', '时长设置'],
    ])
    expect(document.querySelector('[data-testid="menu-issues"]')?.classList).toContain('is-active')
    wrapper.unmount()
  })

  it('leaves out what the user may not open', async () => {
    const { wrapper, entries } = await menuOf('grid-worker', '/areas')
    expect(entries.map(([id]) => id)).toEqual([
      'menu-workbench',
      'menu-areas',
      'menu-households',
      'menu-residents',
      'menu-talk-days',
      'menu-issues',
      'menu-issue-stats',
      'menu-audit',
      'menu-volunteer-service',
      'menu-volunteers',
      'menu-volunteer-teams',
      'menu-activities',
      'menu-volunteer-stats',
      'menu-visit-service',
      'menu-pairings',
      'menu-reassignments',
      'menu-visit-log',
      'menu-visit-coverage',
      'menu-visit-rules',
      'menu-party-building',
      'menu-party-reports',
      'menu-party-posts',
      'menu-party-service',
      'menu-micro-wishes',
      'menu-cobuild-units',
      'menu-cobuild-agreements',
      'menu-cobuild-lists',
      'menu-cobuild-projects',
      'menu-cobuild-points',
      'menu-party-building-stats',
      'menu-settings',
      'menu-working-calendar',
      'menu-hours-settings',
    ])
    wrapper.unmount()
  })
})
