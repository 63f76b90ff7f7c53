// The people table on SQLite: every statement prepared once, every write one transaction.
import type { DatabaseSync, StatementSync } from 'node:sqlite'
import { assertCondition, nextTimestamp, upserted } from '../conditions.ts'
import type { Person, PersonChanges, PersonDraft, PeopleStore, PutResult } from '../store.ts'
import { inTransaction } from './transaction.ts'

/** A row of COLUMNS, in their order. */
type PersonRow = [name: string, email: string, comment: string | null, createdAt: string, updatedAt: string]

const COLUMNS = 'name, email, comment, created_at, updated_at'

function toPerson (row: PersonRow): Person {
  return { name: row[0], email: row[1], comment: row[2], createdAt: row[3], updatedAt: row[4] }
}

/**
 * Rows come back as arrays, not objects: node:sqlite gives every row object a
 * hidden class (Map) of its own, in dictionary mode, and V8 allocates those in
 * the old generation. A list page of 21 rows left 21 of them there, so under
 * list load the old generation filled with dead Maps (about 1.5 KB a request)
 * and grew by tens of MB between full collections: 181 MB peak RSS.
 * Arrays share one hidden class, die young, and are quicker to make.
 */
function returningArrays (statement: StatementSync): StatementSync {
  statement.setReturnArrays(true)
  return statement
}

export function sqlitePeople (db: DatabaseSync): PeopleStore {
  const findOne = returningArrays(db.prepare(`SELECT ${COLUMNS} FROM people WHERE name = ?`))
  const insert = db.prepare(`INSERT INTO people (${COLUMNS}) VALUES (?, ?, ?, ?, ?)`)
  const replace = db.prepare('UPDATE people SET email = ?, comment = ?, updated_at = ? WHERE name = ?')
  // A PUT without a condition is one statement: SQLite moves updated_at past
  // the stored one itself (as nextTimestamp does), and returns the row (see upserted).
  const upsert = returningArrays(db.prepare(`INSERT INTO people (${COLUMNS}) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (name) DO UPDATE SET email = excluded.email, comment = excluded.comment,
      updated_at = max(excluded.updated_at, strftime('%Y-%m-%dT%H:%M:%fZ', people.updated_at, '+0.001 seconds'))
    RETURNING ${COLUMNS}`))
  const removeOne = db.prepare('DELETE FROM people WHERE name = ?')
  const firstPage = returningArrays(db.prepare(`SELECT ${COLUMNS} FROM people ORDER BY name LIMIT ?`))
  const pageAfter = returningArrays(db.prepare(`SELECT ${COLUMNS} FROM people WHERE name > ? ORDER BY name LIMIT ?`))

  const find = (name: string): Person | undefined => {
    const row = findOne.get(name) as PersonRow | undefined
    return row === undefined ? undefined : toPerson(row)
  }

  const write = (name: string, draft: PersonDraft, existing: Person | undefined): PutResult => {
    const now = nextTimestamp(existing?.updatedAt)
    if (existing === undefined) {
      insert.run(name, draft.email, draft.comment, now, now)
      return { person: { name, ...draft, createdAt: now, updatedAt: now }, created: true }
    }
    replace.run(draft.email, draft.comment, now, name)
    return { person: { ...existing, ...draft, updatedAt: now }, created: false }
  }

  // A conditional write reads, checks its condition and writes inside one
  // transaction: the check and the write are one step, on this instance and across processes.
  return {
    async find (name) {
      return find(name)
    },
    async put (name, draft, condition) {
      if (condition === undefined) {
        const now = new Date().toISOString()
        // all(), not get(): SQLite's own checkpoint (the backstop in
        // checkpointer.ts) runs only when a statement steps to its end, and
        // get() stops at the returned row. With get() the WAL never shrank:
        // 240 MB after five seconds of PUTs.
        const [row] = upsert.all(name, draft.email, draft.comment, now, now) as unknown as [PersonRow]
        return upserted(toPerson(row))
      }
      return inTransaction(db, () => {
        const existing = find(name)
        assertCondition(existing, condition)
        return write(name, draft, existing)
      })
    },
    async update (name, changes: PersonChanges, condition) {
      return inTransaction(db, () => {
        const existing = find(name)
        // RFC 9110 §13.1.1: If-Match fails on a person who does not exist (412, not 404).
        assertCondition(existing, condition)
        if (existing === undefined) return undefined
        const draft = { email: changes.email ?? existing.email, comment: changes.comment === undefined ? existing.comment : changes.comment }
        return write(name, draft, existing).person
      })
    },
    async remove (name, condition) {
      return inTransaction(db, () => {
        const existing = find(name)
        assertCondition(existing, condition)
        if (existing === undefined) return false
        return removeOne.run(name).changes > 0
      })
    },
    async list ({ after, limit }) {
      const rows = after === undefined ? firstPage.all(limit) : pageAfter.all(after, limit)
      return (rows as unknown as PersonRow[]).map(toPerson)
    }
  }
}
