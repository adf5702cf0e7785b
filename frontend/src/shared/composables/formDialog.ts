// The life of an office form: check it, send it once, show the server's complaints next to the fields (or offer a
// reload on a stale version), and, for a dialog, start every opening afresh and close on success. Each form keeps
// its own fields, rules and calls; this is only what they all did alike.
import { ref, watch, type Ref } from 'vue'
import { ElMessage, type FormInstance } from 'element-plus'
import { useServerErrors } from '@/shared/composables/problems'

export type ServerErrors<F extends string> = ReturnType<typeof useServerErrors<F>>

export interface FormSubmitOptions<F extends string, T> {
  /** The fields the server's violations may name: shown next to them (bind `server.errors[field]`), others in a toast. */
  fields: readonly F[]
  /** The el-form (its template ref), whose rules are checked before sending and cleared on a dialog's opening. */
  formRef?: Ref<FormInstance | undefined>
  /**
   * Whether the input may be sent. By default the el-form's rules; a form with checks of its own gets those rules
   * as `checkRules` to run among them.
   */
  validate?: (checkRules: () => Promise<boolean>) => boolean | Promise<boolean>
  /** Sends the form and returns the server's answer. */
  save: () => Promise<T>
  /** The toast after a successful save, if any. */
  success?: (result: T) => string | undefined
  /** After a successful save (a dialog is closed by then). */
  onSaved?: (result: T) => void | Promise<void>
  /** What "reload" in the changed-by-someone-else prompt (412) does. */
  onStale?: () => void
  /** A failure the form deals with first; return true when that is all (otherwise it is reported as usual). */
  onError?: (e: unknown, server: ServerErrors<F>) => boolean | void
}

export function useFormSubmit<F extends string, T>(options: FormSubmitOptions<F, T>) {
  const server = useServerErrors(options.fields)
  const submitting = ref(false)
  // held from the first click or Enter through validation and the call, so that a second one sends nothing
  let busy = false

  async function checkRules(): Promise<boolean> {
    return (await options.formRef?.value?.validate().catch(() => false)) ?? false
  }

  /** Checks and sends the form; true when it was saved. */
  async function submit(): Promise<boolean> {
    if (busy) return false
    busy = true
    try {
      if (!(await (options.validate ? options.validate(checkRules) : checkRules()))) return false
      submitting.value = true
      server.clear()
      try {
        const result = await options.save()
        const message = options.success?.(result)
        if (message) ElMessage.success(message)
        await options.onSaved?.(result)
        return true
      } catch (e) {
        if (!options.onError?.(e, server)) server.handle(e, { onStale: options.onStale })
        return false
      } finally {
        submitting.value = false
      }
    } finally {
      busy = false
    }
  }

  return { server, submitting, submit }
}

export interface FormDialogOptions<F extends string, T> extends Omit<FormSubmitOptions<F, T>, 'onStale'> {
  /** The dialog's v-model: each opening resets (and loads); a successful save closes it. */
  visible: Ref<boolean>
  /** Puts the form as it starts (blank, or from the props), on every opening. */
  reset?: () => void
  /**
   * Loads the record to edit into the form after `reset` (so that its ETag is the version edited), or returns
   * nothing when there is none. While it loads `loading` is true; a failure is reported and closes the dialog.
   */
  load?: () => Promise<void> | undefined
  /** 'reload' opens the form again from the server; a function leaves it to the parent. */
  onStale?: 'reload' | (() => void)
}

export function useFormDialog<F extends string, T>(options: FormDialogOptions<F, T>) {
  const { visible } = options
  const loading = ref(false)
  const form = useFormSubmit<F, T>({
    ...options,
    onSaved: async (result) => {
      visible.value = false
      await options.onSaved?.(result)
    },
    onStale: options.onStale === 'reload' ? () => void open() : options.onStale,
  })
  const { server } = form

  /** Starts the form afresh: no messages, the reset values, then the record if there is one. */
  async function open(): Promise<void> {
    server.clear()
    options.reset?.()
    options.formRef?.value?.clearValidate()
    const pending = options.load?.()
    if (!pending) return
    loading.value = true
    try {
      await pending
    } catch (e) {
      server.handle(e)
      visible.value = false
    } finally {
      loading.value = false
    }
  }

  watch(visible, (isOpen) => isOpen && void open(), { immediate: true })

  return { ...form, loading, reload: open }
}
