// Errors the API means to send; anything else becomes a 500.
export interface FieldError {
  /** JSON Pointer to the offending value, e.g. `/email`. */
  path: string
  message: string
}

export class ApiError extends Error {
  override readonly name = 'ApiError'
  readonly status: number
  readonly code: string
  readonly errors: FieldError[] | undefined
  readonly headers: Record<string, string>

  constructor (status: number, code: string, message: string, options: { errors?: FieldError[], headers?: Record<string, string> } = {}) {
    super(message)
    this.status = status
    this.code = code
    this.errors = options.errors
    this.headers = options.headers ?? {}
  }
}

export const AUTH_CHALLENGE = 'Bearer realm="rest-api-blueprint"'

export function personNotFound (): ApiError {
  return new ApiError(404, 'PERSON_NOT_FOUND', 'Person does not exist')
}

export function keyNotFound (): ApiError {
  return new ApiError(404, 'KEY_NOT_FOUND', 'Key does not exist')
}

export function invalidRequest (errors: FieldError[]): ApiError {
  return new ApiError(400, 'INVALID_REQUEST', 'The request is not valid', { errors })
}

export function unauthenticated (message: string): ApiError {
  return new ApiError(401, 'UNAUTHENTICATED', message, { headers: { 'www-authenticate': AUTH_CHALLENGE } })
}

export function forbidden (capability: string): ApiError {
  return new ApiError(403, 'FORBIDDEN', `This key lacks the capability ${capability}`)
}

export function methodNotAllowed (allowed: readonly string[]): ApiError {
  return new ApiError(405, 'METHOD_NOT_ALLOWED', 'This method is not allowed here', { headers: { allow: allowed.join(', ') } })
}

export function unsupportedMediaType (accepted: readonly string[]): ApiError {
  return new ApiError(415, 'UNSUPPORTED_MEDIA_TYPE', `The body must be one of: ${accepted.join(', ')}`)
}

export function storeUnavailable (): ApiError {
  return new ApiError(503, 'STORE_UNAVAILABLE', 'The store is unreachable; try again shortly')
}
