// Tells "the database cannot be reached" apart from every other failure, so that the API answers 503 (try again) rather than 500 (our bug).
import { StoreUnavailableError } from '../store.ts'

// SQLSTATE codes (PostgreSQL manual, appendix A) that say nothing about the
// request itself: 57P01-57P03 the server is shutting down, crashed or still
// starting; 57014 a statement cancelled by statement_timeout; 53300 no
// connection slot left. Class 08 (connection exception) is checked by prefix.
const SERVER_CODES = new Set(['57P01', '57P02', '57P03', '57014', '53300'])
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

function toStoreError (error: unknown): unknown {
  if (error instanceof StoreUnavailableError || !isUnavailable(error)) return error
  return new StoreUnavailableError('The database cannot be reached or did not answer in time', { cause: error })
}

type AsyncMethods<T> = { [K in keyof T]: (...args: never[]) => Promise<unknown> }

/**
 * The same methods, each reporting a lost database as StoreUnavailableError:
 * every error leaves the adapter through this one door, so no caller needs
 * to know the driver's errors. (NoInfer: T is read from the methods passed
 * in, never guessed from where the result goes.)
 */
export function reportingUnavailable<T extends AsyncMethods<T>> (methods: T): NoInfer<T> {
  const wrapped = Object.entries<(...args: never[]) => Promise<unknown>>(methods).map(([name, method]) => {
    return [name, async (...args: never[]) => {
      try {
        return await method(...args)
      } catch (error) {
        throw toStoreError(error)
      }
    }]
  })
  return Object.fromEntries(wrapped) as T
}
