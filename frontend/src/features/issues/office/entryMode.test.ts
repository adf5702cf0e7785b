import { describe, expect, it } from 'vitest'
import { nextTick, ref } from 'vue'
import { useEntryMode } from '@/features/issues/office/entryMode'

describe('useEntryMode', () => {
  it('starts linked when the draft names a record, free otherwise', () => {
    expect(
      useEntryMode(ref<{ householdId?: number }>({ householdId: 4 }), 'householdId', 'household', 'area').mode.value,
    ).toBe('household')
    expect(useEntryMode(ref<{ householdId?: number }>({}), 'householdId', 'household', 'area').mode.value).toBe('area')
  })

  it('follows a record set from outside, and keeps the user’s choice when the draft is cleared', async () => {
    const draft = ref<{ residentId?: number; name?: string }>({})
    const { mode, choose } = useEntryMode(draft, 'residentId', 'resident', 'visitor')
    draft.value = { residentId: 9 }
    await nextTick()
    expect(mode.value).toBe('resident')

    draft.value = {}
    await nextTick()
    expect(mode.value).toBe('resident')
    expect(choose('visitor')).toBe('visitor')
    expect(choose(undefined)).toBe('visitor')
    expect(choose('resident')).toBe('resident')
  })
})
