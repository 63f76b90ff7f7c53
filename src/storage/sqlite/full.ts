// Tells "the disk is full" apart from every other SQLite failure, so that a write answers 507 (try again later) rather than 500 (our bug).
import { StoreFullError } from '../store.ts'
import { translatingErrors } from '../translate-errors.ts'
import type { AsyncMethods } from '../translate-errors.ts'

// SQLite's result code 13, SQLITE_FULL, which node:sqlite puts in errcode;
// the low byte is the primary code when SQLite reports an extended one.
const SQLITE_FULL = 13

export function isDiskFull (error: unknown): boolean {
  const errcode = (error as { errcode?: unknown } | null)?.errcode
  return typeof errcode === 'number' && (errcode & 0xff) === SQLITE_FULL
}

function toStoreError (error: unknown): unknown {
  return isDiskFull(error) ? new StoreFullError('The disk under the database is full', { cause: error }) : error
}

/** The same methods, each reporting a full disk as StoreFullError. */
export function reportingFull<T extends AsyncMethods<T>> (methods: T): NoInfer<T> {
  return translatingErrors(methods, toStoreError)
}
