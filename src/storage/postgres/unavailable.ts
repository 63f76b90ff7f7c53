// Tells "the database cannot be reached" or "is full" apart from every other failure, so that the API answers 503 or 507 (try again) rather than 500 (our bug).
import { StoreFullError, StoreUnavailableError } from '../store.ts'
import { translatingErrors } from '../translate-errors.ts'
import type { AsyncMethods } from '../translate-errors.ts'

// SQLSTATE codes (PostgreSQL manual, appendix A) that say nothing about the
// request itself: 57P01-57P03 the server is shutting down, crashed or still
// starting; 57014 a statement cancelled by statement_timeout; 53300 no
// connection slot left. Class 08 (connection exception) is checked by prefix.
const SERVER_CODES = new Set(['57P01', '57P02', '57P03', '57014', '53300'])
// SQLSTATE 53100, disk_full: the server has no room to write.
const DISK_FULL = '53100'
// Node.js's codes for a network that fails under the driver.
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN'])
// pg reports its own timeouts and lost connections as plain errors, told apart only by their message.
const DRIVER_MESSAGES = new Set([
  'timeout exceeded when trying to connect',
  'Connection terminated due to connection timeout',
  'Connection terminated unexpectedly',
  'Query read timeout',
  'Client has encountered a connection error and is not queryable'
])

/** True when the error says the database is gone or too slow, rather than that the request or the code is wrong. */
export function isUnavailable (error: unknown): boolean {
  if (error instanceof StoreUnavailableError) return true
  if (!(error instanceof Error)) return false
  const code = (error as { code?: unknown }).code
  if (typeof code === 'string' && (code.startsWith('08') || SERVER_CODES.has(code) || NETWORK_CODES.has(code))) return true
  return DRIVER_MESSAGES.has(error.message)
}

/** The store's own error for a lost or full database (the driver's kept as `cause`, for the log only); any other error unchanged. */
export function toStoreError (error: unknown): unknown {
  if ((error as { code?: unknown } | null)?.code === DISK_FULL) {
    return new StoreFullError('The database has no room left', { cause: error })
  }
  if (error instanceof StoreUnavailableError || !isUnavailable(error)) return error
  return new StoreUnavailableError('The database cannot be reached or did not answer in time', { cause: error })
}

/** The same methods, each reporting a lost database as StoreUnavailableError and a full one as StoreFullError. */
export function reportingUnavailable<T extends AsyncMethods<T>> (methods: T): NoInfer<T> {
  return translatingErrors(methods, toStoreError)
}
