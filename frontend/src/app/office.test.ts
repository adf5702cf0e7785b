import { describe, expect, it } from 'vitest'
import { createApp, defineComponent, h } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import { officeOnDemand } from './office'

const Page = defineComponent({ render: () => h('div') })

describe('Element Plus comes with the office', () => {
  it('is installed when an office route is first entered, not for a phone page', async () => {
    const app = createApp(Page)
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [
        { path: '/', component: Page, meta: { office: true }, children: [{ path: 'areas', component: Page }] },
        { path: '/m', component: Page },
      ],
    })
    officeOnDemand(app, router)

    await router.push('/m')
    expect(app.component('ElButton')).toBeUndefined()

    await router.push('/areas')
    expect(app.component('ElButton')).toBeDefined()
    expect(app.directive('loading')).toBeDefined()
    // the whole library is transformed on its first import here: slow on a busy machine
  }, 60_000)
})
