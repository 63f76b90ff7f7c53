// Fills fresh SQLite files with people for the benchmark, fast: the app's own migrations, then one transaction and one prepared statement.
import { DatabaseSync } from 'node:sqlite'
import { createCursorCodec } from '../src/resources/people/cursor.ts'
import { openSqliteStore } from '../src/storage/sqlite/index.ts'

/** Zero-padded, so that name order (code points) is also number order. */
export function personName (index: number): string {
  return `person-${String(index).padStart(7, '0')}`
}

/** Creates the schema through the app's migrations, then inserts `count` people in one transaction. */
export async function seedPeople (path: string, count: number): Promise<void> {
  const store = openSqliteStore(path)
  // The cursor secret is made now, so that the app and the bench sign cursors with the same one.
  await store.secret('cursor')
  await store.close()

  const db = new DatabaseSync(path)
  // Durability does not matter while seeding a throwaway file; the app sets its own pragmas when it opens it.
  db.exec('PRAGMA journal_mode = WAL')
  db.exec('PRAGMA synchronous = OFF')
  const insert = db.prepare('INSERT INTO people (name, email, comment, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
  const now = new Date().toISOString()
  db.exec('BEGIN')
  try {
    for (let index = 0; index < count; index++) {
      const name = personName(index)
      insert.run(name, `${name}@example.org`, 'seeded for the benchmark', now, now)
    }
    db.exec('COMMIT')
  } catch (error) {
    db.exec('ROLLBACK')
    throw error
  }
  // Moves the seed out of the WAL into the database file, so the app starts with a small WAL.
  db.exec('PRAGMA wal_checkpoint(TRUNCATE)')
  db.close()
}

/**
 * A list cursor that starts a page after the person at `position` (1-based),
 * signed with the store's own secret by the app's own codec, as if a client
 * had followed `next` links of v1, which the list workload reads, that far.
 */
export async function cursorAfter (path: string, position: number): Promise<{ name: string, cursor: string }> {
  const store = openSqliteStore(path)
  const secret = await store.secret('cursor')
  await store.close()
  const db = new DatabaseSync(path, { readOnly: true })
  const row = db.prepare('SELECT name FROM people ORDER BY name LIMIT 1 OFFSET ?').get(position - 1) as { name: string } | undefined
  db.close()
  if (row === undefined) throw new Error(`the store at ${path} holds fewer than ${position} people`)
  return { name: row.name, cursor: createCursorCodec(secret, 'v1').encode(row.name) }
}
