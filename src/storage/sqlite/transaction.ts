// Runs a synchronous unit of work as one SQLite write transaction.
import type { DatabaseSync, StatementSync } from 'node:sqlite'

interface TransactionStatements {
  begin: StatementSync
  commit: StatementSync
  rollback: StatementSync
}

// Prepared once per database, like every other statement: a write path runs them every time.
const statementsByDatabase = new WeakMap<DatabaseSync, TransactionStatements>()

function statementsFor (db: DatabaseSync): TransactionStatements {
  let statements = statementsByDatabase.get(db)
  if (statements === undefined) {
    // IMMEDIATE takes the write lock up front: a read-then-write never fails
    // half-way because another process wrote in between.
    statements = { begin: db.prepare('BEGIN IMMEDIATE'), commit: db.prepare('COMMIT'), rollback: db.prepare('ROLLBACK') }
    statementsByDatabase.set(db, statements)
  }
  return statements
}

export function inTransaction<T> (db: DatabaseSync, work: () => T): T {
  const { begin, commit, rollback } = statementsFor(db)
  begin.run()
  try {
    const result = work()
    commit.run()
    return result
  } catch (error) {
    // SQLite has already rolled back a transaction that failed for lack of
    // space (SQLITE_FULL), and a ROLLBACK then would fail and hide why.
    if (db.isTransaction) rollback.run()
    throw error
  }
}
