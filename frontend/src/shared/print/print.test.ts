import { afterEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import ElementPlus from 'element-plus'
import { createAppI18n } from '@/shared/i18n'
import { useSessionStore } from '@/shared/auth/session'
import { ME } from '@/shared/testing/office'
import { PrintButton, PrintTable, PrintTitle, type PrintColumn } from '@/shared/print'

afterEach(() => {
  vi.restoreAllMocks()
  vi.useRealTimers()
})

function plugins() {
  const pinia = createPinia()
  setActivePinia(pinia)
  useSessionStore().me = ME
  return [pinia, ElementPlus, createAppI18n('zh-CN')]
}

describe('PrintTable', () => {
  it('is a plain table whose header is a <thead> (the browser repeats it on every sheet)', () => {
    interface Row {
      name: string
      count: number | null
    }
    const columns: PrintColumn<Row>[] = [
      { label: '网格', value: (r) => r.name },
      { label: '户数', value: (r) => r.count, numeric: true },
    ]
    const rows: Row[] = [
      { name: '一网格', count: 12 },
      { name: '二网格', count: null },
    ]
    const wrapper = mount(PrintTable<Row>, { props: { caption: '各网格户数', columns, rows } })
    const table = wrapper.get('table.gw-print-table.gw-print-only')
    expect(table.get('caption').text()).toBe('各网格户数')
    expect(table.findAll('thead th').map((th) => th.text())).toEqual(['网格', '户数'])
    expect(table.findAll('thead th').map((th) => th.attributes('scope'))).toEqual(['col', 'col'])
    expect(table.findAll('tbody tr').map((tr) => tr.findAll('td').map((td) => td.text()))).toEqual([
      ['一网格', '12'],
      ['二网格', '—'],
    ])
    expect(table.findAll('tbody td')[1]!.classes()).toContain('num')
  })
})

describe('PrintTitle', () => {
  it('says what, where, which period, and who printed it when', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-11-20T02:00:00Z'))
    const wrapper = mount(PrintTitle, {
      props: { what: '诉求统计', area: '幸福里社区', period: '2026-11-01 – 2026-11-20' },
      global: { plugins: plugins() },
    })
    expect(wrapper.get('.what').text()).toBe('诉求统计')
    const facts = wrapper.get('.facts').text()
    expect(facts).toContain('范围：幸福里社区')
    expect(facts).toContain('统计期间：2026-11-01 – 2026-11-20')
    expect(facts).toContain('打印人：李秀英')
    expect(facts).toContain('打印时间：2026年11月20日 10:00')

    // the time is that of printing, not of opening the page
    vi.setSystemTime(new Date('2026-11-20T07:30:00Z'))
    window.dispatchEvent(new Event('beforeprint'))
    await wrapper.vm.$nextTick()
    expect(wrapper.get('.facts').text()).toContain('打印时间：2026年11月20日 15:30')
    wrapper.unmount()
  })
})

describe('PrintButton', () => {
  it('opens the browser’s print dialog', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined)
    const wrapper = mount(PrintButton, { global: { plugins: plugins() } })
    expect(wrapper.text()).toBe('打印')
    await wrapper.get('button').trigger('click')
    expect(print).toHaveBeenCalledOnce()
  })
})
