import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope, nextTick, ref, type EffectScope } from 'vue'
import { flushPromises } from '@vue/test-utils'
import type { FormInstance } from 'element-plus'
import { ApiError } from '@/shared/api/problem'

// the toasts and the 412 prompt, as calls
const messages = vi.hoisted(() => ({
  ElMessage: { success: vi.fn(), error: vi.fn() },
  ElMessageBox: { alert: vi.fn() },
}))
vi.mock('element-plus', () => messages)
vi.mock('@/shared/auth/keycloak', () => ({ login: vi.fn() }))

import { useFormDialog, useFormSubmit } from '@/shared/composables/formDialog'

const FIELDS = ['code', 'name'] as const

function deferred<T>() {
  let resolve!: (value: T) => void
  let reject!: (reason: unknown) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

/** An el-form stand-in: its rules pass or fail as told. */
function fakeForm(valid = true) {
  const form = {
    validate: vi.fn(() => (valid ? Promise.resolve(true) : Promise.reject(new Error('invalid')))),
    clearValidate: vi.fn(),
  }
  return { form, formRef: ref(form as unknown as FormInstance) }
}

const badRequest = () =>
  new ApiError(400, {
    status: 400,
    title: 'Bad Request',
    violations: [
      { field: 'create.body.code', message: '编码已存在' },
      { field: 'create.body.name', message: '名称过长' },
      { field: 'create.body.other', message: '其他问题' },
    ],
  })

let scope: EffectScope
beforeEach(() => {
  scope = effectScope()
  messages.ElMessageBox.alert.mockResolvedValue(undefined)
})
afterEach(() => {
  scope.stop()
  vi.clearAllMocks()
})

describe('useFormSubmit', () => {
  it('puts the server’s violations next to their fields and the others in a toast', async () => {
    const onSaved = vi.fn()
    const form = scope.run(() =>
      useFormSubmit({ fields: FIELDS, formRef: fakeForm().formRef, save: () => Promise.reject(badRequest()), onSaved }),
    )!

    expect(await form.submit()).toBe(false)
    expect(form.server.errors).toEqual({ code: '编码已存在', name: '名称过长' })
    expect(messages.ElMessage.error).toHaveBeenCalledWith(expect.objectContaining({ message: '其他问题' }))
    expect(onSaved).not.toHaveBeenCalled()
    expect(form.submitting.value).toBe(false)
  })

  it('clears the previous complaints when sending again', async () => {
    const save = vi.fn().mockRejectedValueOnce(badRequest()).mockResolvedValueOnce({ id: 1 })
    const form = scope.run(() => useFormSubmit({ fields: FIELDS, formRef: fakeForm().formRef, save }))!
    await form.submit()
    expect(form.server.errors.code).toBe('编码已存在')
    expect(await form.submit()).toBe(true)
    expect(form.server.errors).toEqual({})
  })

  it('offers a reload on 412, and runs onStale when the user takes it', async () => {
    const onStale = vi.fn()
    const stale = new ApiError(412, { status: 412, title: 'Precondition Failed' })
    const form = scope.run(() =>
      useFormSubmit({ fields: FIELDS, formRef: fakeForm().formRef, save: () => Promise.reject(stale), onStale }),
    )!

    await form.submit()
    await flushPromises()
    expect(messages.ElMessageBox.alert).toHaveBeenCalledTimes(1)
    expect(onStale).toHaveBeenCalledTimes(1)
    expect(messages.ElMessage.error).not.toHaveBeenCalled()
  })

  it('sends once however often it is submitted while busy', async () => {
    const answer = deferred<{ id: number }>()
    const save = vi.fn(() => answer.promise)
    const form = scope.run(() =>
      useFormSubmit({ fields: FIELDS, formRef: fakeForm().formRef, save, success: () => '已保存' }),
    )!

    const first = form.submit()
    const second = form.submit()
    await flushPromises()
    expect(save).toHaveBeenCalledTimes(1)
    expect(form.submitting.value).toBe(true)
    const third = form.submit()
    answer.resolve({ id: 1 })
    expect(await second).toBe(false)
    expect(await third).toBe(false)
    expect(await first).toBe(true)
    expect(save).toHaveBeenCalledTimes(1)
    expect(form.submitting.value).toBe(false)
    expect(messages.ElMessage.success).toHaveBeenCalledTimes(1)
    expect(messages.ElMessage.success).toHaveBeenCalledWith('已保存')
    // free again once answered
    expect(await form.submit()).toBe(true)
    expect(save).toHaveBeenCalledTimes(2)
  })

  it('ignores a second submit while the first is still being checked', async () => {
    const check = deferred<boolean>()
    const validate = vi.fn(() => check.promise)
    const save = vi.fn(async () => ({ id: 1 }))
    const form = scope.run(() => useFormSubmit({ fields: FIELDS, validate, save }))!

    const first = form.submit()
    const second = form.submit()
    expect(validate).toHaveBeenCalledTimes(1)
    check.resolve(true)
    expect(await second).toBe(false)
    expect(await first).toBe(true)
    expect(save).toHaveBeenCalledTimes(1)
  })

  it('sends nothing when the rules fail, and the form’s own check sees them', async () => {
    const save = vi.fn()
    const rules = fakeForm(false)
    const form = scope.run(() => useFormSubmit({ fields: FIELDS, formRef: rules.formRef, save }))!
    expect(await form.submit()).toBe(false)
    expect(save).not.toHaveBeenCalled()

    const extra = vi.fn(async (checkRules: () => Promise<boolean>) => (await checkRules()) && false)
    const own = scope.run(() =>
      useFormSubmit({ fields: FIELDS, formRef: fakeForm(true).formRef, validate: extra, save }),
    )!
    expect(await own.submit()).toBe(false)
    expect(extra).toHaveBeenCalledTimes(1)
    expect(save).not.toHaveBeenCalled()
  })

  it('leaves a failure to onError when it says it dealt with it', async () => {
    const conflict = new ApiError(409, { status: 409, title: 'Conflict', detail: '已被他人处理' })
    const onError = vi.fn((e: unknown) => e === conflict)
    const form = scope.run(() =>
      useFormSubmit({ fields: FIELDS, formRef: fakeForm().formRef, save: () => Promise.reject(conflict), onError }),
    )!
    await form.submit()
    expect(onError).toHaveBeenCalledWith(conflict, form.server)
    expect(messages.ElMessage.error).not.toHaveBeenCalled()
  })
})

describe('useFormDialog', () => {
  it('starts every opening afresh and loads the record, with loading shown meanwhile', async () => {
    const visible = ref(false)
    const { form: el, formRef } = fakeForm()
    const record = deferred<void>()
    const reset = vi.fn()
    const load = vi.fn(() => record.promise)
    const dialog = scope.run(() => useFormDialog({ visible, fields: FIELDS, formRef, reset, load, save: vi.fn() }))!
    expect(reset).not.toHaveBeenCalled()

    dialog.server.errors.code = 'old'
    visible.value = true
    await nextTick()
    expect(reset).toHaveBeenCalledTimes(1)
    expect(el.clearValidate).toHaveBeenCalledTimes(1)
    expect(dialog.server.errors).toEqual({})
    expect(dialog.loading.value).toBe(true)
    record.resolve()
    await flushPromises()
    expect(dialog.loading.value).toBe(false)
  })

  it('closes and reports when the record cannot be loaded', async () => {
    const visible = ref(true)
    const missing = new ApiError(404, { status: 404, title: 'Not Found', detail: '区域不存在' })
    const dialog = scope.run(() =>
      useFormDialog({ visible, fields: FIELDS, load: () => Promise.reject(missing), save: vi.fn() }),
    )!
    await flushPromises()
    expect(visible.value).toBe(false)
    expect(dialog.loading.value).toBe(false)
    expect(messages.ElMessage.error).toHaveBeenCalledWith(expect.objectContaining({ message: '区域不存在' }))
  })

  it('does not show loading when there is nothing to load', () => {
    const dialog = scope.run(() =>
      useFormDialog({ visible: ref(true), fields: FIELDS, load: () => undefined, save: vi.fn() }),
    )!
    expect(dialog.loading.value).toBe(false)
  })

  it('closes on success before telling the parent', async () => {
    const visible = ref(true)
    const seen: boolean[] = []
    const dialog = scope.run(() =>
      useFormDialog({
        visible,
        fields: FIELDS,
        formRef: fakeForm().formRef,
        save: async () => ({ id: 7 }),
        success: (saved) => `已保存 ${saved.id}`,
        onSaved: () => void seen.push(visible.value),
      }),
    )!
    expect(await dialog.submit()).toBe(true)
    expect(visible.value).toBe(false)
    expect(seen).toEqual([false])
    expect(messages.ElMessage.success).toHaveBeenCalledWith('已保存 7')
  })

  it('stays open on a failure', async () => {
    const visible = ref(true)
    const dialog = scope.run(() =>
      useFormDialog({ visible, fields: FIELDS, formRef: fakeForm().formRef, save: () => Promise.reject(badRequest()) }),
    )!
    await dialog.submit()
    expect(visible.value).toBe(true)
    expect(dialog.server.errors.code).toBe('编码已存在')
  })

  it("reloads the record on 412 with onStale: 'reload'", async () => {
    const visible = ref(true)
    const load = vi.fn(() => Promise.resolve())
    const stale = new ApiError(412, { status: 412, title: 'Precondition Failed' })
    const dialog = scope.run(() =>
      useFormDialog({
        visible,
        fields: FIELDS,
        formRef: fakeForm().formRef,
        load,
        save: () => Promise.reject(stale),
        onStale: 'reload',
      }),
    )!
    await flushPromises()
    expect(load).toHaveBeenCalledTimes(1)
    await dialog.submit()
    await flushPromises()
    expect(messages.ElMessageBox.alert).toHaveBeenCalledTimes(1)
    expect(load).toHaveBeenCalledTimes(2)
    expect(visible.value).toBe(true)
  })

  it('does not reload on 412 when the user dismisses the prompt', async () => {
    messages.ElMessageBox.alert.mockRejectedValue('cancel')
    const load = vi.fn(() => Promise.resolve())
    const stale = new ApiError(412, { status: 412, title: 'Precondition Failed' })
    const dialog = scope.run(() =>
      useFormDialog({
        visible: ref(true),
        fields: FIELDS,
        formRef: fakeForm().formRef,
        load,
        save: () => Promise.reject(stale),
        onStale: 'reload',
      }),
    )!
    await flushPromises()
    await dialog.submit()
    await flushPromises()
    expect(load).toHaveBeenCalledTimes(1)
  })
})
