import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { RouterLinkStub, mount } from '@vue/test-utils'
import type { VisitDetail } from '@/shared/api/types'
import type { FakeApi } from '@/shared/testing/fakeApi'
import { setup, settle, stubs } from '@/shared/testing/office'

const fake = vi.hoisted(() => ({ api: null as unknown as FakeApi }))
vi.mock('@/shared/api/client', async (original) =>
  (await import('@/shared/testing/fakeApi')).clientOnFakeApi(original, fake),
)

import VisitDetailView from '@/features/visits/office/VisitDetailView.vue'

function visit(deviceRecordedAt: string | null): VisitDetail {
  return {
    id: 7,
    household: { id: 3, address: '1号楼101', gridId: 2, gridName: '一网格' },
    visitor: { id: 11, name: '李秀英' },
    visitorKind: 'STAFF',
    pairingId: null,
    mode: 'IN_HOME',
    outcome: 'COMPLETED',
    visitedAt: '2026-11-21T01:00:00Z',
    visitedOn: '2026-11-21',
    receivedAt: '2026-11-21T06:30:00Z',
    deviceRecordedAt,
    location: null,
    locationMissingReason: 'UNAVAILABLE',
    members: [],
    livingConditions: null,
    needs: [],
    answers: [],
    notes: null,
    photos: [],
    issues: [],
    counted: [],
    clientRef: null,
    version: 0,
  }
}

async function shown(deviceRecordedAt: string | null): Promise<string | null> {
  fake.api.on('GET', '/api/visits/7', { body: visit(deviceRecordedAt) })
  const { plugins } = await setup()
  const wrapper = mount(VisitDetailView, {
    props: { id: 7 },
    global: { plugins, stubs: { ...stubs, RouterLink: RouterLinkStub } },
    attachTo: document.body,
  })
  await settle()
  const text = document.querySelector('[data-testid="visit-device-recorded-at"]')?.textContent ?? null
  wrapper.unmount()
  return text
}

beforeEach(() => fake.api.reset())
afterEach(() => {
  document.body.innerHTML = ''
})

describe('VisitDetailView', () => {
  it("shows the phone's own time of a visit sent later beside the server's receipt", async () => {
    // saved on the phone at Beijing 09:05, received at 14:30
    const text = await shown('2026-11-21T01:05:00Z')
    expect(text).toContain('手机记录于')
    expect(text).toContain('09:05')
  }, 20_000)

  it('shows nothing more when the phone sent no time or the same moment', async () => {
    expect(await shown(null)).toBeNull()
    expect(await shown('2026-11-21T06:30:40Z')).toBeNull()
  }, 20_000)
})
