// Code-list names on the phone (tags, relations, housing types): loaded once per category and kept for the session,
// like the office's dictionary store, but reporting a failure the phone's way (a Vant toast).
import { reactive } from 'vue'
import type { DictionaryCategory, DictionaryEntry } from '@/shared/api/types'
import { toastError } from '@/shared/mobile/errors'
import { getDictionary } from '../api'

const entries = reactive<Partial<Record<DictionaryCategory, DictionaryEntry[]>>>({})
const pending = new Set<DictionaryCategory>()

/** Loads the categories (once) and answers the name of a code, or the code itself until its list is there. */
export function useCodeNames(...categories: DictionaryCategory[]) {
  for (const category of categories) {
    if (entries[category] || pending.has(category)) continue
    pending.add(category)
    getDictionary(category)
      .then((list) => (entries[category] = list))
      .catch(toastError)
      .finally(() => pending.delete(category))
  }
  return (category: DictionaryCategory, code: string | null | undefined): string =>
    code ? (entries[category]?.find((e) => e.code === code)?.name ?? code) : ''
}
