import { ref, watch, type Ref } from 'vue'

/**
 * Whether a draft names a registry record (`linked`, while `key` is set) or is typed in freely (`free`). A record set
 * from outside (an edit, a resident's household) switches to it; otherwise the user's choice stays, also when the
 * fields are cleared, so that a clerk entering several issues keeps it.
 */
export function useEntryMode<D extends object, L extends string, F extends string>(
  draft: Ref<D>,
  key: keyof D,
  linked: L,
  free: F,
) {
  const mode = ref(draft.value[key] ? linked : free) as Ref<L | F>
  watch(
    () => draft.value[key],
    (id) => {
      if (id) mode.value = linked
    },
  )

  /** Takes the radio group's choice and returns it as a mode. */
  function choose(value: string | number | boolean | undefined): L | F {
    mode.value = value === linked ? linked : free
    return mode.value
  }

  return { mode, choose }
}
