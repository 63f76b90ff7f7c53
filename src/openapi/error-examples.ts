// One example error for each status an operation can answer, written by the operation's own error format.
import { ApiError, PROBLEMS } from '../errors.ts'
import type { ProblemCode } from '../errors.ts'
import type { ErrorFormat } from '../responses/error-format.ts'

/** The error a client most often meets with each status. */
const TYPICAL: Partial<Record<number, ProblemCode>> = {
  400: 'INVALID_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'ROUTE_NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  406: 'NOT_ACCEPTABLE',
  410: 'VERSION_RETIRED',
  412: 'PRECONDITION_FAILED',
  413: 'BODY_TOO_LARGE',
  414: 'URL_TOO_LONG',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  428: 'PRECONDITION_REQUIRED',
  429: 'RATE_LIMITED',
  500: 'INTERNAL',
  503: 'STORE_UNAVAILABLE',
  507: 'STORE_FULL'
}

// A 404 names what was not found, which the path of the operation tells.
const NOT_FOUND: ReadonlyArray<[RegExp, ProblemCode]> = [
  [/\/people\/\{name\}$/, 'PERSON_NOT_FOUND'],
  [/\/keys\/\{id\}$/, 'KEY_NOT_FOUND'],
  [/\/switches\/\{name\}$/, 'SWITCH_NOT_FOUND']
]

/** The example body of `status` for the operation at `path` (an OpenAPI path, `/v2/people/{name}`). */
export function errorExample (format: ErrorFormat, status: number, path: string): unknown {
  const specific = status === 404 ? NOT_FOUND.find(([pattern]) => pattern.test(path))?.[1] : undefined
  const code = specific ?? TYPICAL[status]
  if (code === undefined) return undefined
  const requestPath = path.replaceAll('{name}', 'fred').replaceAll(/\{\w+\}/g, 'example')
  return format.body(new ApiError(code, PROBLEMS[code].title, { status }), requestPath)
}
