import { beforeEach, describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import { createPinia, setActivePinia } from 'pinia'
import { useSessionStore } from '@/shared/auth/session'
import { useFolded } from '@/shared/composables/folded'

function signedIn(username: string): void {
  useSessionStore().me = { username } as never
}

describe('useFolded', () => {
  beforeEach(() => {
    localStorage.clear()
    setActivePinia(createPinia())
  })

  it('remembers the choice per user and block', async () => {
    signedIn('alice')
    const stats = useFolded('households.stats')
    expect(stats.value).toBe(false)
    stats.value = true
    await nextTick()
    expect(useFolded('households.stats').value).toBe(true)
    expect(useFolded('issues.attention').value).toBe(false)
    signedIn('bob')
    expect(useFolded('households.stats').value).toBe(false)
    expect(useFolded('households.stats', true).value).toBe(true)
  })
})
