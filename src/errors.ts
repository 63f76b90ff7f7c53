// Errors the API means to send, from one catalogue; anything else becomes a 500.

/**
 * Every kind of error the API sends, with its status and a short title. The
 * code is stable: v2 turns it into the problem type `/docs#problem-<code>`,
 * and the docs list them all.
 */
export const PROBLEMS = {
  INVALID_REQUEST: { status: 400, title: 'The request is not valid' },
  MALFORMED_BODY: { status: 400, title: 'The body is not well formed' },
  BODY_REQUIRED: { status: 400, title: 'A body is required' },
  BAD_URL: { status: 400, title: 'The URL is not well formed' },
  INVALID_CURSOR: { status: 400, title: 'The cursor is not valid' },
  NAME_MISMATCH: { status: 400, title: 'The names in URL and body differ' },
  CLIENT_ERROR: { status: 400, title: 'The request could not be understood' },
  MALFORMED_REQUEST: { status: 400, title: 'The request is not well-formed HTTP' },
  UNAUTHENTICATED: { status: 401, title: 'Authentication is required' },
  FORBIDDEN: { status: 403, title: 'The key lacks a capability' },
  PERSON_NOT_FOUND: { status: 404, title: 'Person does not exist' },
  KEY_NOT_FOUND: { status: 404, title: 'Key does not exist' },
  SWITCH_NOT_FOUND: { status: 404, title: 'Switch does not exist' },
  ROUTE_NOT_FOUND: { status: 404, title: 'There is nothing at this URL' },
  METHOD_NOT_ALLOWED: { status: 405, title: 'Method not allowed' },
  NOT_ACCEPTABLE: { status: 406, title: 'No acceptable format' },
  REQUEST_TIMEOUT: { status: 408, title: 'The request took too long to arrive' },
  VERSION_RETIRED: { status: 410, title: 'This API version is retired' },
  PRECONDITION_FAILED: { status: 412, title: 'Precondition failed' },
  BODY_TOO_LARGE: { status: 413, title: 'The body is too large' },
  URL_TOO_LONG: { status: 414, title: 'The URL is too long' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, title: 'Unsupported media type' },
  UNSUPPORTED_CHARSET: { status: 415, title: 'Unsupported charset' },
  UNSUPPORTED_CONTENT_ENCODING: { status: 415, title: 'Unsupported content encoding' },
  EXPECTATION_FAILED: { status: 417, title: 'The expectation cannot be met' },
  PRECONDITION_REQUIRED: { status: 428, title: 'A precondition is required' },
  RATE_LIMITED: { status: 429, title: 'Too many requests' },
  TOO_MANY_FAILED_ATTEMPTS: { status: 429, title: 'Too many failed authentications' },
  HEADERS_TOO_LARGE: { status: 431, title: 'The request headers are too large' },
  INTERNAL: { status: 500, title: 'Internal error' },
  STORE_UNAVAILABLE: { status: 503, title: 'The store is unreachable' },
  CAPABILITY_OFF: { status: 503, title: 'A capability is switched off' },
  SHUTTING_DOWN: { status: 503, title: 'Shutting down' },
  STORE_FULL: { status: 507, title: 'The store is full' }
} as const satisfies Record<string, { status: number, title: string }>

export type ProblemCode = keyof typeof PROBLEMS

export interface FieldError {
  /** JSON Pointer to the offending value, e.g. `/email`. */
  path: string
  message: string
}

export interface ApiErrorOptions {
  errors?: FieldError[]
  headers?: Record<string, string>
  /** Only for CLIENT_ERROR, which stands for any 4xx the framework raises. */
  status?: number
}

export class ApiError extends Error {
  override readonly name = 'ApiError'
  readonly status: number
  readonly code: ProblemCode
  readonly errors: FieldError[] | undefined
  readonly headers: Record<string, string>

  constructor (code: ProblemCode, message: string, options: ApiErrorOptions = {}) {
    super(message)
    this.code = code
    this.status = options.status ?? PROBLEMS[code].status
    this.errors = options.errors
    this.headers = options.headers ?? {}
  }
}

export const AUTH_CHALLENGE = 'Bearer realm="rest-api-blueprint"'

export function personNotFound (): ApiError {
  return new ApiError('PERSON_NOT_FOUND', 'Person does not exist')
}

export function routeNotFound (): ApiError {
  return new ApiError('ROUTE_NOT_FOUND', 'There is nothing at this URL')
}

export function keyNotFound (): ApiError {
  return new ApiError('KEY_NOT_FOUND', 'Key does not exist')
}

/**
 * Every error of a body of thousands of unknown members would make an answer
 * several times the size of the body; the first few show what is wrong, and
 * the message counts the rest.
 */
export const MAX_LISTED_ERRORS = 20

export function invalidRequest (errors: FieldError[]): ApiError {
  const message = errors.length > MAX_LISTED_ERRORS
    ? `The request is not valid; the first ${MAX_LISTED_ERRORS} of its ${errors.length} errors are listed`
    : 'The request is not valid'
  return new ApiError('INVALID_REQUEST', message, { errors: errors.slice(0, MAX_LISTED_ERRORS) })
}

export function unauthenticated (message: string): ApiError {
  return new ApiError('UNAUTHENTICATED', message, { headers: { 'www-authenticate': AUTH_CHALLENGE } })
}

export function forbidden (capability: string): ApiError {
  return new ApiError('FORBIDDEN', `This key lacks the capability ${capability}`)
}

export function methodNotAllowed (allowed: readonly string[]): ApiError {
  return new ApiError('METHOD_NOT_ALLOWED', 'This method is not allowed here', { headers: { allow: allowed.join(', ') } })
}

/** `headers`: those a refusal may add, such as Accept-Patch for the body of a PATCH (RFC 5789 §2.2). */
export function unsupportedMediaType (accepted: readonly string[], headers: Record<string, string> = {}): ApiError {
  return new ApiError('UNSUPPORTED_MEDIA_TYPE', `The body must be one of: ${accepted.join(', ')}`, { headers })
}

export function preconditionFailed (): ApiError {
  return new ApiError('PRECONDITION_FAILED', 'The person is not in the state If-Match or If-None-Match requires; read it again')
}

// RFC 6585 §3: the server wants writes to say which state they expect, so that none overwrites what its client never read.
export function preconditionRequired (): ApiError {
  return new ApiError('PRECONDITION_REQUIRED', 'Writes here need If-Match with the ETag of the person as you last read them, or If-None-Match: * to create one')
}

export function capabilityOff (name: string): ApiError {
  return new ApiError('CAPABILITY_OFF', `The capability ${name} is switched off`)
}

export function versionRetired (version: string, successor: string): ApiError {
  return new ApiError('VERSION_RETIRED', `The API version ${version} is retired; ${successor} serves the same resources, and the Link header points to this resource in ${successor}`)
}

// Long enough that clients retrying do not pile onto a store that is
// struggling, short enough that they notice soon when it is back.
const STORE_RETRY_AFTER_SECONDS = 2

export function storeUnavailable (): ApiError {
  return new ApiError('STORE_UNAVAILABLE', 'The store is unreachable; try again shortly', {
    headers: { 'retry-after': String(STORE_RETRY_AFTER_SECONDS) }
  })
}

// RFC 4918 §11.5, 507 Insufficient Storage: the server, not the request, is
// at fault, and the same write may succeed later. A 503 would say "this
// instance cannot serve", though reads go on, and would read as an outage.
export function storeFull (): ApiError {
  return new ApiError('STORE_FULL', 'The store has no room for this write; reads still work, so try the write again later')
}
