// A list's filters, sort and page live in the address (`?status=CLOSED&page=3`): Back from a detail returns to the
// same list, a copied link opens it, a reload keeps it. The state is read from `route.query` when the page opens (and
// when the address changes under it, e.g. the menu entry clicked again), and written back with `router.replace`, so a
// keystroke or a page turn adds no history entry. Values equal to their default are left out of the address; a value
// that does not parse is ignored (the default stands).
import { onBeforeUnmount, reactive, ref, watch } from 'vue'
import { useRoute, useRouter, type LocationQuery, type LocationQueryRaw } from 'vue-router'
import { usePagedList } from '@/shared/composables/pagedList'

type Raw = LocationQuery[string] | undefined

/** One parameter of a list's address: its default, how it is read (undefined: absent or invalid) and written. */
export interface Param<T> {
  default: () => T
  parse: (raw: Raw) => T | undefined
  /** The address's value; undefined leaves the parameter out. (A method: a Param<number> is a Param<unknown>.) */
  format(value: T): string | string[] | undefined
  /** Typed text: applied after a pause in typing rather than per keystroke. */
  typed?: boolean
}

const first = (raw: Raw): string | undefined => (Array.isArray(raw) ? raw[0] : raw) ?? undefined
const every = (raw: Raw): string[] =>
  (Array.isArray(raw) ? raw : raw == null ? [] : [raw]).filter((v): v is string => !!v)
/** A calendar day that exists (2026-02-30 does not, though Date would roll it over). */
function isDate(v: string): boolean {
  const at = new Date(`${v}T00:00:00Z`)
  return /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(at.getTime()) && at.toISOString().startsWith(v)
}

/** The parameter kinds the office lists use. */
export const param = {
  /** Free text (a search box). */
  text: (): Param<string> => ({
    default: () => '',
    parse: (raw) => first(raw),
    format: (v) => v.trim() || undefined,
    typed: true,
  }),
  /** An id (an area, a category): a positive integer. */
  id: (): Param<number | undefined> => ({
    default: () => undefined,
    parse: (raw) => {
      const v = first(raw)
      return v && /^[1-9]\d{0,15}$/.test(v) ? Number(v) : undefined
    },
    format: (v) => (v === undefined ? undefined : String(v)),
  }),
  /**
   * One of `values`, or '' for "any". With a default other than '', "any" is written as an empty value (`status=`)
   * so that it differs from the default.
   */
  oneOf: <T extends string>(values: readonly T[], fallback: T | '' = ''): Param<T | ''> => ({
    default: () => fallback,
    parse: (raw) => {
      const v = first(raw)
      return v === '' || (v !== undefined && (values as readonly string[]).includes(v)) ? (v as T | '') : undefined
    },
    format: (v) => v,
  }),
  /** Some of `values` (any order; unknown ones are dropped), repeated in the address (`status=A&status=B`). */
  someOf: <T extends string>(values?: readonly T[]): Param<T[]> => ({
    default: () => [],
    parse: (raw) => {
      const known = every(raw).filter((v) => !values || (values as readonly string[]).includes(v)) as T[]
      return known.length ? [...new Set(known)] : undefined
    },
    format: (v) => (v.length ? [...v] : undefined),
  }),
  /** A code of a code list (its values are the server's): letters, digits and underscores. */
  code: (): Param<string | undefined> => ({
    default: () => undefined,
    parse: (raw) => {
      const v = first(raw)
      return v && /^[A-Za-z0-9_]{1,64}$/.test(v) ? v : undefined
    },
    format: (v) => v || undefined,
  }),
  /** A yes/no switch (`true` when set). */
  flag: (): Param<boolean> => ({
    default: () => false,
    parse: (raw) => (first(raw) === 'true' ? true : first(raw) === 'false' ? false : undefined),
    format: (v) => (v ? 'true' : undefined),
  }),
  /** A day (YYYY-MM-DD). */
  day: (): Param<string | undefined> => ({
    default: () => undefined,
    parse: (raw) => {
      const v = first(raw)
      return v && isDate(v) ? v : undefined
    },
    format: (v) => v,
  }),
  /** A month (YYYY-MM). */
  month: (): Param<string | undefined> => ({
    default: () => undefined,
    parse: (raw) => {
      const v = first(raw)
      return v && /^\d{4}-(0[1-9]|1[0-2])$/.test(v) ? v : undefined
    },
    format: (v) => v,
  }),
  /** A range of days, written `from~to` (from not after to). */
  days: (): Param<[string, string] | null> => ({
    default: () => null,
    parse: (raw) => {
      const [from, to, ...rest] = (first(raw) ?? '').split('~')
      return from && to && !rest.length && isDate(from) && isDate(to) && from <= to ? [from, to] : undefined
    },
    format: (v) => (v ? `${v[0]}~${v[1]}` : undefined),
  }),
  /** The API's sort (`field` or `-field`) among `fields`. */
  sort: (fields: readonly string[], fallback?: string): Param<string | undefined> => ({
    default: () => fallback,
    parse: (raw) => {
      const v = first(raw)
      return v && fields.includes(v.replace(/^-/, '')) ? v : undefined
    },
    format: (v) => v,
  }),
}

export type ParamValues<S extends Record<string, Param<unknown>>> = { [K in keyof S]: ReturnType<S[K]['default']> }

export const PAGE_SIZES = [10, 20, 50, 100]
export const DEFAULT_PAGE_SIZE = 20
const PAGE = 'page'
const SIZE = 'size'
const SORT = 'sort'
const TYPING_PAUSE_MS = 400

/** The list parameters as read from an address: the filters, the 1-based page, the page size and the sort. */
export function readListQuery<S extends Record<string, Param<unknown>>>(
  schema: S,
  query: LocationQuery,
  sort?: Param<string | undefined>,
) {
  const filters = {} as ParamValues<S>
  for (const [key, p] of Object.entries(schema) as [keyof S & string, Param<unknown>][]) {
    filters[key] = (p.parse(query[key]) ?? p.default()) as ParamValues<S>[typeof key]
  }
  const page = Number(first(query[PAGE]))
  const size = Number(first(query[SIZE]))
  return {
    filters,
    page: Number.isSafeInteger(page) && page >= 1 ? page : 1,
    size: PAGE_SIZES.includes(size) ? size : DEFAULT_PAGE_SIZE,
    sort: sort ? (sort.parse(query[SORT]) ?? sort.default()) : undefined,
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

/** The address's query for these values: defaults left out, other parameters of the address kept. */
export function writeListQuery<S extends Record<string, Param<unknown>>>(
  schema: S,
  state: { filters: ParamValues<S>; page: number; size: number; sort?: string },
  sort?: Param<string | undefined>,
  others: LocationQuery = {},
): LocationQueryRaw {
  const query: LocationQueryRaw = {}
  for (const [key, value] of Object.entries(others)) {
    if (!(key in schema) && key !== PAGE && key !== SIZE && key !== SORT) query[key] = value
  }
  for (const [key, p] of Object.entries(schema) as [keyof S & string, Param<unknown>][]) {
    const value = state.filters[key]
    const formatted = same(value, p.default()) ? undefined : p.format(value)
    if (formatted !== undefined) query[key] = formatted
  }
  if (state.page !== 1) query[PAGE] = String(state.page)
  if (state.size !== DEFAULT_PAGE_SIZE) query[SIZE] = String(state.size)
  if (sort && state.sort !== sort.default() && state.sort) query[SORT] = state.sort
  return query
}

/** Query objects compared as the address would show them. */
function sameQuery(a: LocationQueryRaw, b: LocationQueryRaw): boolean {
  const norm = (q: LocationQueryRaw) =>
    Object.keys(q)
      .filter((k) => q[k] !== undefined)
      .sort()
      .map((k) => [k, Array.isArray(q[k]) ? q[k] : [q[k]]].toString())
      .join('&')
  return norm(a) === norm(b)
}

// ---- where each list was last left (the breadcrumb of a detail page offers it)

const STORE_KEY = 'gridwork.lists'

interface Visited {
  /** list route name → the address it was last shown at */
  at: Record<string, string>
  /** list route names, the most recently shown last */
  recent: string[]
}

function stored(): Visited {
  try {
    const read = JSON.parse(sessionStorage.getItem(STORE_KEY) ?? '{}') as Partial<Visited>
    return { at: read.at ?? {}, recent: read.recent ?? [] }
  } catch {
    return { at: {}, recent: [] }
  }
}
const visited = reactive<Visited>(stored())

function remember(name: string, fullPath: string): void {
  visited.at[name] = fullPath
  visited.recent = [...visited.recent.filter((n) => n !== name), name]
  try {
    sessionStorage.setItem(STORE_KEY, JSON.stringify(visited))
  } catch {
    // private mode or full storage: the breadcrumb then offers the plain list
  }
}

/**
 * Of the list routes `names`, the one shown last in this tab (else the first), with the address (filters, sort,
 * page) it was left at, if it was shown.
 */
export function lastListLocation(names: readonly string[]): { name: string; fullPath?: string } | undefined {
  const name = [...visited.recent].reverse().find((n) => names.includes(n)) ?? names[0]
  return name === undefined ? undefined : { name, fullPath: visited.at[name] }
}

/**
 * A server-paged list whose filters (`schema`), sort and page are kept in the address. `fetchPage` gets the 0-based
 * page and the size (it reads `filters` and `sort` itself). Call `load` when the page is mounted; `search` after a
 * filter changed (from the first page); typed text searches by itself after a pause.
 */
export function useListQuery<S extends Record<string, Param<unknown>>, T>(
  schema: S,
  fetchPage: (page: number, size: number) => Promise<T>,
  options: { sort?: Param<string | undefined> } = {},
) {
  const route = useRoute()
  const router = useRouter()
  const name = String(route.name ?? route.path)
  const initial = readListQuery(schema, route.query, options.sort)
  const filters = reactive(initial.filters) as ParamValues<S>
  const paging = reactive({ page: initial.page, size: initial.size })
  const sort = ref(initial.sort)
  const list = usePagedList(fetchPage, paging)
  remember(name, route.fullPath)

  function query(): LocationQueryRaw {
    return writeListQuery(
      schema,
      { filters, page: paging.page, size: paging.size, sort: sort.value },
      options.sort,
      route.query,
    )
  }

  /** Puts the state into the address (replacing the history entry) and remembers it for the breadcrumb. */
  async function write(): Promise<void> {
    if (route.name !== undefined && String(route.name) !== name) return
    const next = query()
    if (!sameQuery(next, route.query)) await router.replace({ query: next })
    remember(name, route.fullPath)
  }

  async function load(): Promise<void> {
    await Promise.all([write(), list.load()])
  }

  function search(): void {
    paging.page = 1
    void load()
  }

  function resetTo(values: Partial<ParamValues<S>>): void {
    const defaults = readListQuery(schema, {}).filters
    Object.assign(filters, defaults, values)
    search()
  }

  // no parameter: it is bound to buttons' clicks, whose event must not land in the filters
  const reset = (): void => resetTo({})

  function setSort(value: string | undefined): void {
    sort.value = value
    search()
  }

  // typed text: searched after a pause, unless the address already says it (read from it, or searched on Enter)
  let timer: ReturnType<typeof setTimeout> | undefined
  for (const [key, p] of Object.entries(schema)) {
    if (!p.typed) continue
    watch(
      () => filters[key],
      (value) => {
        clearTimeout(timer)
        const shown = p.parse(route.query[key]) ?? p.default()
        if (same(p.format(value), p.format(shown))) return
        timer = setTimeout(() => {
          if (!same(p.format(filters[key]), p.format(p.parse(route.query[key]) ?? p.default()))) search()
        }, TYPING_PAUSE_MS)
      },
    )
  }
  onBeforeUnmount(() => clearTimeout(timer))

  // the address changed under the page (the menu entry clicked again, a link to the same list): follow it
  watch(
    () => route.query,
    (now) => {
      if (String(route.name ?? route.path) !== name || sameQuery(query(), now)) return
      const read = readListQuery(schema, now, options.sort)
      Object.assign(filters, read.filters)
      Object.assign(paging, { page: read.page, size: read.size })
      sort.value = read.sort
      void load()
    },
  )

  return { filters, paging, sort, result: list.result, loading: list.loading, load, search, reset, resetTo, setSort }
}

/**
 * The filters of a page that is not a paged list (a calendar's day and area, a list that loads more as it goes), kept
 * in the address the same way: read when the page opens or the address changes under it (then `onChange` runs), and
 * written (replacing the history entry) as they change, or with `live: false` only when `write` is called (a search
 * form sent with its button).
 */
export function useQueryState<S extends Record<string, Param<unknown>>>(
  schema: S,
  options: { live?: boolean; onChange?: () => void } = {},
) {
  const route = useRoute()
  const router = useRouter()
  const name = String(route.name ?? route.path)
  const state = reactive(readListQuery(schema, route.query).filters) as ParamValues<S>
  remember(name, route.fullPath)
  const query = () =>
    writeListQuery(schema, { filters: state, page: 1, size: DEFAULT_PAGE_SIZE }, undefined, route.query)

  async function write(): Promise<void> {
    const next = query()
    if (String(route.name ?? route.path) !== name || sameQuery(next, route.query)) return
    await router.replace({ query: next })
    remember(name, route.fullPath)
  }

  if (options.live !== false) watch(() => ({ ...state }), write, { deep: true })
  watch(
    () => route.query,
    (now) => {
      if (String(route.name ?? route.path) === name && !sameQuery(query(), now)) {
        Object.assign(state, readListQuery(schema, now).filters)
        options.onChange?.()
      }
    },
  )
  /** Puts every filter back to its default. */
  function reset(): void {
    Object.assign(state, readListQuery(schema, {}).filters)
  }

  return { state, write, reset }
}
