import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { reasonProblem, revealReasonProblem, useRevealState } from '@/features/registry/reveal'

describe('reveal timer', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('shows the value, counts down and masks it again', () => {
    const state = useRevealState(60)
    expect(state.shown.value).toBe(false)
    state.show('11010519491231002X')
    expect(state.value.value).toBe('11010519491231002X')
    expect(state.remaining.value).toBe(60)
    vi.advanceTimersByTime(10_000)
    expect(state.remaining.value).toBe(50)
    vi.advanceTimersByTime(49_000)
    expect(state.shown.value).toBe(true)
    expect(state.remaining.value).toBe(1)
    vi.advanceTimersByTime(1_000)
    expect(state.shown.value).toBe(false)
    expect(state.value.value).toBeUndefined()
    expect(state.remaining.value).toBe(0)
  })

  it('restarts the countdown on a second reveal', () => {
    const state = useRevealState(60)
    state.show('a')
    vi.advanceTimersByTime(40_000)
    state.show('b')
    vi.advanceTimersByTime(40_000)
    expect(state.value.value).toBe('b')
    expect(state.remaining.value).toBe(20)
  })

  it('hides on demand and stops the timer', () => {
    const state = useRevealState(60)
    state.show('a')
    state.hide()
    expect(state.shown.value).toBe(false)
    expect(vi.getTimerCount()).toBe(0)
  })
})

describe('reveal reason', () => {
  it('is required and bounded', () => {
    expect(reasonProblem('   ')).toBe('REQUIRED')
    expect(reasonProblem('核实低保申请')).toBeUndefined()
    expect(reasonProblem('x'.repeat(501))).toBe('TOO_LONG')
  })
})

describe('reveal reason of a reveal (at least 2 characters)', () => {
  it.each([
    ['nothing', '', 'REQUIRED'],
    ['only spaces', '\u3000 ', 'REQUIRED'],
    ['one character', '回', 'TOO_SHORT'],
    ['one character within spaces', ' 回 ', 'TOO_SHORT'],
    ['one character outside the BMP', '𪚥', 'TOO_SHORT'],
    ['two characters', '回访', undefined],
    ['500 characters', 'x'.repeat(500), undefined],
    ['501 characters', 'x'.repeat(501), 'TOO_LONG'],
  ])('%s → %s', (_label, reason, problem) => {
    expect(revealReasonProblem(reason)).toBe(problem)
  })
})
