import { localName } from '@/shared/i18n/localName'
import { defineStore } from 'pinia'
import { reactive } from 'vue'
import type { DictionaryCategory, DictionaryEntry } from '@/shared/api/types'
import { reportError } from '@/shared/composables/problems'
import { getDictionary } from './api'

/**
 * Code lists (tags, ethnicity, relation…) as the caller's sub-district configures them, loaded once per category
 * and kept for the session. The API stores codes; the UI shows their names.
 */
export const useDictionaryStore = defineStore('dictionary', () => {
  const entries = reactive<Partial<Record<DictionaryCategory, DictionaryEntry[]>>>({})
  const pending = new Map<DictionaryCategory, Promise<DictionaryEntry[]>>()

  function load(category: DictionaryCategory): Promise<DictionaryEntry[]> {
    const cached = entries[category]
    if (cached) return Promise.resolve(cached)
    let request = pending.get(category)
    if (!request) {
      request = getDictionary(category)
        .then((result) => {
          const list = [...result].sort((a, b) => a.sortOrder - b.sortOrder)
          entries[category] = list
          return list
        })
        .catch((e: unknown) => {
          reportError(e)
          return []
        })
        .finally(() => pending.delete(category))
      pending.set(category, request)
    }
    return request
  }

  function ensure(...categories: DictionaryCategory[]): Promise<unknown> {
    return Promise.all(categories.map(load))
  }

  function items(category: DictionaryCategory): DictionaryEntry[] {
    return entries[category] ?? []
  }

  /** The name of a code in the UI locale, or the code itself when the list does not (or not yet) hold it. */
  function label(category: DictionaryCategory, code: string | null | undefined): string {
    if (!code) return ''
    const entry = entries[category]?.find((e) => e.code === code)
    return entry ? localName(entry) : code
  }

  /** Drops a category's cached list (after an administrator changed it), so that the next use reads it again. */
  function forget(category: DictionaryCategory): void {
    delete entries[category]
  }

  return { entries, load, ensure, items, label, forget }
})
