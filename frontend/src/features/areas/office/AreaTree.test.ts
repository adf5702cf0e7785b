import { describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { createAppI18n } from '@/shared/i18n'
import AreaTree from '@/features/areas/office/AreaTree.vue'
import type { AreaNode } from '@/shared/api/types'

const nodes: AreaNode[] = [
  {
    id: 1,
    level: 'SUB_DISTRICT',
    code: 'SD',
    name: '和平街道',
    inScope: false,
    children: [
      {
        id: 2,
        level: 'COMMUNITY',
        code: 'C1',
        name: '幸福里社区',
        inScope: false,
        children: [{ id: 3, level: 'GRID', code: 'G1', name: '幸福里第一网格', inScope: true, children: [] }],
      },
    ],
  },
]

describe('AreaTree', () => {
  it('greys out nodes outside the scope and selects only nodes inside it', async () => {
    const wrapper = mount(AreaTree, {
      props: { nodes },
      global: { plugins: [ElementPlus, createAppI18n('zh-CN')] },
    })
    await flushPromises()
    const rendered = wrapper.findAll('[data-testid="area-node"]')
    expect(rendered.map((n) => n.text())).toEqual([
      expect.stringContaining('和平街道'),
      expect.stringContaining('幸福里社区'),
      expect.stringContaining('幸福里第一网格'),
    ])
    expect(rendered.map((n) => n.classes('out-of-scope'))).toEqual([true, true, false])

    await rendered[1].trigger('click')
    expect(wrapper.emitted('select')).toBeUndefined()
    await rendered[2].trigger('click')
    expect(wrapper.emitted('select')?.[0]?.[0]).toMatchObject({ id: 3 })
  })
})
