import { afterEach, describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import ListPager from '@/shared/components/ListPager.vue'

afterEach(() => {
  document.body.innerHTML = ''
})

describe('ListPager', () => {
  it('moves the page and asks for it to be loaded', async () => {
    const wrapper = mount(ListPager, { props: { page: 1, size: 20, total: 95 }, global: { plugins: [ElementPlus] } })
    expect(wrapper.find('.el-pagination.pager').exists()).toBe(true)
    expect(wrapper.findAll('.el-pager li').map((li) => li.text())).toEqual(['1', '2', '3', '4', '5'])

    await wrapper.find('.btn-next').trigger('click')
    await flushPromises()
    expect(wrapper.emitted('update:page')).toEqual([[2]])
    expect(wrapper.emitted('load')).toHaveLength(1)
    expect(wrapper.emitted('search')).toBeUndefined()
  })

  it('starts again from the first page on another page size', async () => {
    const wrapper = mount(ListPager, { props: { page: 3, size: 20, total: 95 }, global: { plugins: [ElementPlus] } })
    const pagination = wrapper.findComponent({ name: 'ElPagination' })
    pagination.vm.$emit('update:page-size', 50)
    pagination.vm.$emit('size-change', 50)
    await flushPromises()
    expect(wrapper.emitted('update:size')).toEqual([[50]])
    expect(wrapper.emitted('search')).toHaveLength(1)
  })

  it('keeps the offered sizes and layout unless told otherwise', () => {
    const standard = mount(ListPager, { props: { page: 1, size: 20, total: 95 }, global: { plugins: [ElementPlus] } })
    expect(standard.find('.el-pagination__jump').exists()).toBe(true)
    expect(standard.findComponent({ name: 'ElPagination' }).props('pageSizes')).toEqual([10, 20, 50, 100])

    const short = mount(ListPager, {
      props: { page: 1, size: 20, total: 95, pageSizes: [20, 50, 100], layout: 'total, sizes, prev, pager, next' },
      global: { plugins: [ElementPlus] },
    })
    expect(short.find('.el-pagination__jump').exists()).toBe(false)
    expect(short.findComponent({ name: 'ElPagination' }).props('pageSizes')).toEqual([20, 50, 100])
  })
})
