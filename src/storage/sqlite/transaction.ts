// Runs a synchronous unit of work as one SQLite write transaction.
import type { DatabaseSync } from 'node:sqlite'

export function inTransaction<T> (db: DatabaseSync, work: () => T): T {
  // IMMEDIATE takes the write lock up front: a read-then-write never fails
  // half-way because another process wrote in between.
  db.exec('BEGIN IMMEDIATE')
  try {
    const result = work()
    db.exec('COMMIT')
    return result
  } catch (error) {
    db.exec('ROLLBACK')
    throw error
  }
}
