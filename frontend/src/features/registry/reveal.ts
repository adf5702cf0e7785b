// A revealed personal value (ID number, phone) is shown for a short while and then masked again. The state is
// kept here, apart from the dialog, so that the timing can be tested with fake timers.
import { computed, ref, type Ref } from 'vue'

export const REVEAL_SECONDS = 60

/** Why a reveal is made: required, trimmed, at most 500 characters (the audit log's column). */
export const REASON_MAX = 500
export function reasonProblem(reason: string): 'REQUIRED' | 'TOO_LONG' | undefined {
  const r = reason.trim()
  if (r.length === 0) return 'REQUIRED'
  if (r.length > REASON_MAX) return 'TOO_LONG'
  return undefined
}

/** A reveal's reason also has at least 2 characters (the reveal endpoints' rule; an export's reason has none). */
export const REVEAL_REASON_MIN = 2
export function revealReasonProblem(reason: string): 'REQUIRED' | 'TOO_SHORT' | 'TOO_LONG' | undefined {
  const problem = reasonProblem(reason)
  if (problem) return problem
  // characters as the server counts them (code points), not UTF-16 units
  return [...reason.trim()].length < REVEAL_REASON_MIN ? 'TOO_SHORT' : undefined
}

export interface RevealState {
  /** The plain value while it is shown, else undefined. */
  value: Readonly<Ref<string | undefined>>
  /** Whole seconds left before the value is masked again (0 when masked). */
  remaining: Readonly<Ref<number>>
  shown: Readonly<Ref<boolean>>
  /** Shows `plain` for `seconds` (restarting the countdown if a value is already shown). */
  show: (plain: string) => void
  /** Masks the value now. */
  hide: () => void
}

export function useRevealState(seconds = REVEAL_SECONDS): RevealState {
  const value = ref<string | undefined>()
  const remaining = ref(0)
  let expiresAt = 0
  let timer: ReturnType<typeof setInterval> | undefined

  function stop(): void {
    if (timer !== undefined) clearInterval(timer)
    timer = undefined
  }

  function hide(): void {
    stop()
    value.value = undefined
    remaining.value = 0
  }

  function tick(): void {
    const left = Math.ceil((expiresAt - Date.now()) / 1000)
    if (left <= 0) hide()
    else remaining.value = left
  }

  function show(plain: string): void {
    stop()
    value.value = plain
    expiresAt = Date.now() + seconds * 1000
    remaining.value = seconds
    timer = setInterval(tick, 250)
  }

  return { value, remaining, shown: computed(() => value.value !== undefined), show, hide }
}
