// RFC 9457 problem details as the backend sends them, and what the UI makes of them.
import type { paths } from '@/api/schema'

type ProblemOf<T> = T extends { content: { 'application/problem+json': infer B } } ? B : never
/** The Problem shape, taken from an operation that answers with one. */
export type Problem = ProblemOf<paths['/api/areas']['post']['responses'][409]>

export interface Violation {
  field: string
  message: string
}

/** A failed API call: HTTP status plus the problem document (synthesised when the body was not one). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.detail || problem.title || `HTTP ${status}`)
    this.name = 'ApiError'
  }

  get violations(): Violation[] {
    return (this.problem.violations ?? []).filter(
      (v): v is Violation => typeof v?.field === 'string' && typeof v?.message === 'string',
    )
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError
}

function asProblem(body: unknown, status: number, statusText: string): Problem {
  if (body && typeof body === 'object') return { status, ...(body as Problem) }
  if (typeof body === 'string' && body.trim()) return { status, title: statusText || `HTTP ${status}`, detail: body }
  return { status, title: statusText || `HTTP ${status}` }
}

/**
 * Turns an openapi-fetch result into its data, or throws an ApiError carrying the problem document.
 */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  const { data, error, response } = result
  if (!response.ok || error !== undefined) {
    throw new ApiError(response.status, asProblem(error, response.status, response.statusText))
  }
  return data as T
}

/**
 * The form field a violation belongs to. Bean Validation paths arrive as e.g. `create.body.name`,
 * `areaIds[0]` or plain `name`: the last property name is the field.
 */
export function fieldOf(path: string): string {
  const last = path.split('.').filter(Boolean).pop() ?? path
  return last.replace(/\[\d*]$/, '')
}

/** Which form field a violation belongs to: one of a form's fields by name, or a function of its path. */
export type FieldMapping<F extends string> = readonly F[] | ((path: string, last: string) => F | undefined)

/**
 * Maps violations onto form fields (several messages for one field are joined), for office and phone forms alike.
 * `fields` names the form's fields (a violation's last property name must be one of them) or maps a violation's path
 * and last property name to a field; without it every field counts. Violations that map to no field are returned
 * separately so that the caller can still show them.
 */
export function fieldErrors<F extends string = string>(
  violations: Violation[],
  fields?: FieldMapping<F>,
): { fields: Partial<Record<F, string>>; other: string[] } {
  const byField: Partial<Record<F, string>> = {}
  const other: string[] = []
  for (const v of violations) {
    const last = fieldOf(v.field)
    const field =
      fields === undefined
        ? (last as F)
        : typeof fields === 'function'
          ? fields(v.field, last)
          : fields.find((f) => f === last)
    if (field === undefined) {
      other.push(v.message)
    } else {
      byField[field] = byField[field] ? `${byField[field]}; ${v.message}` : v.message
    }
  }
  return { fields: byField, other }
}
