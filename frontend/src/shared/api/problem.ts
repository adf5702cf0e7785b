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

/**
 * Maps violations onto form fields. Violations whose field is not one of `knownFields` (when given) are
 * returned separately so that the caller can still show them.
 */
export function fieldErrors(
  violations: Violation[],
  knownFields?: readonly string[],
): { fields: Record<string, string>; other: string[] } {
  const fields: Record<string, string> = {}
  const other: string[] = []
  for (const v of violations) {
    const field = fieldOf(v.field)
    if (knownFields && !knownFields.includes(field)) {
      other.push(v.message)
    } else {
      fields[field] = fields[field] ? `${fields[field]}; ${v.message}` : v.message
    }
  }
  return { fields, other }
}
