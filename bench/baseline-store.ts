// Baseline B's storage, shared by B and by every peer: the same SQLite file, pragmas and statements, and the answers built from them.
import { DatabaseSync } from 'node:sqlite'

export interface PersonRow { name: string, email: string, comment: string | null }
export interface PersonBody { email: string, comment?: string | null }

export interface BaselineStore {
  find: (name: string) => PersonRow | undefined
  /** One autocommit statement: no transaction around it, no condition, no ETag. */
  put: (name: string, body: PersonBody) => PersonRow
  close: () => void
}

export const HEALTHY = { status: 'ok' }
export const NOT_FOUND = { status: 'error', message: 'Person does not exist' }

export function found (row: PersonRow): { status: 'ok', result: PersonRow } {
  return { status: 'ok', result: row }
}

/** The seeded file named by DATABASE_PATH, with the pragmas src/storage/sqlite/index.ts sets. */
export function openBaselineDatabase (path = process.env.DATABASE_PATH): DatabaseSync {
  if (path === undefined) throw new Error('DATABASE_PATH names the seeded SQLite file')
  const db = new DatabaseSync(path)
  db.exec('PRAGMA journal_mode = WAL')
  db.exec('PRAGMA synchronous = NORMAL')
  db.exec('PRAGMA busy_timeout = 5000')
  return db
}

export function baselineStatements (db: DatabaseSync): Omit<BaselineStore, 'close'> {
  const findOne = db.prepare('SELECT name, email, comment FROM people WHERE name = ?')
  const upsert = db.prepare(`INSERT INTO people (name, email, comment, created_at, updated_at) VALUES (?, ?, ?, ?, ?)
  ON CONFLICT (name) DO UPDATE SET email = excluded.email, comment = excluded.comment, updated_at = excluded.updated_at`)
  return {
    find: name => findOne.get(name) as PersonRow | undefined,
    put (name, body) {
      const now = new Date().toISOString()
      const comment = body.comment ?? null
      upsert.run(name, body.email, comment, now, now)
      return { name, email: body.email, comment }
    }
  }
}

export function openBaselineStore (): BaselineStore {
  const db = openBaselineDatabase()
  return { ...baselineStatements(db), close: () => { db.close() } }
}
