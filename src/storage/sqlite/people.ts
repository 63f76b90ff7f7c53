// The people table on SQLite: every statement prepared once, the writes of one turn of the event loop committed together.
import type { DatabaseSync, SQLInputValue, SQLOutputValue, StatementSync } from 'node:sqlite'
import { compileObject } from '../../person/compile.ts'
import { draftOfChanges } from '../../person/drafts.ts'
import { PERSON_FIELDS } from '../../person/fields.ts'
import type { Person, PersonFields } from '../../person/fields.ts'
import { assertCondition, nextTimestamp, upserted, versionFor } from '../conditions.ts'
import { draftValues, fieldColumns, personColumns } from '../person-columns.ts'
import type { PersonDraft, PeopleStore, PutResult } from '../store.ts'
import { writeGroupsOf } from './group-commit.ts'

/** A row of personColumns(), in their order. */
type PersonRow = SQLOutputValue[]

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

/** The people table's statements, written from the fields once, when the store opens. */
export function peopleSql (fields: PersonFields) {
  const columns = personColumns(fields).map(([, column]) => column)
  const all = columns.join(', ')
  const placeholders = columns.map(() => '?').join(', ')
  const written = fieldColumns(fields)
  return {
    find: `SELECT ${all} FROM people WHERE name = ?`,
    insert: `INSERT INTO people (${all}) VALUES (${placeholders})`,
    replace: `UPDATE people SET ${written.map(column => `${column} = ?`).join(', ')}, updated_at = ? WHERE name = ?`,
    // A PUT without a condition is one statement: SQLite moves updated_at past
    // the stored one itself (as nextTimestamp does), and returns the two
    // timestamps, all the write did not know (see upserted). RETURNING costs
    // about 14,000 instructions, a third of the statement, and no other
    // statement is cheaper that tells createdAt; CASE leaves strftime, 5,000
    // more, to the rare write within the stored person's millisecond.
    upsert: `INSERT INTO people (${all}) VALUES (${placeholders})
    ON CONFLICT (name) DO UPDATE SET ${written.map(column => `${column} = excluded.${column}`).join(', ')},
      updated_at = CASE WHEN excluded.updated_at > people.updated_at THEN excluded.updated_at
        ELSE strftime('%Y-%m-%dT%H:%M:%fZ', people.updated_at, '+0.001 seconds') END
    RETURNING created_at, updated_at`,
    remove: 'DELETE FROM people WHERE name = ?',
    firstPage: `SELECT ${all} FROM people ORDER BY name LIMIT ?`,
    pageAfter: `SELECT ${all} FROM people WHERE name > ? ORDER BY name LIMIT ?`
  }
}

/** `fields` are the person's declared ones; a test may declare others, with a migration that adds their columns. */
export function sqlitePeople (db: DatabaseSync, fields: PersonFields = PERSON_FIELDS): PeopleStore {
  const sql = peopleSql(fields)
  const findOne = returningArrays(db.prepare(sql.find))
  const insert = db.prepare(sql.insert)
  const replace = db.prepare(sql.replace)
  const upsert = returningArrays(db.prepare(sql.upsert))
  const removeOne = db.prepare(sql.remove)
  const firstPage = returningArrays(db.prepare(sql.firstPage))
  const pageAfter = returningArrays(db.prepare(sql.pageAfter))
  const toPerson = compileObject<(row: PersonRow) => Person>(['row'], personColumns(fields).map(([key], index) => [key, `row[${index}]`]))
  const valuesOf = draftValues<SQLInputValue>(fields)
  const draftOf = draftOfChanges(fields)
  const versionOf = versionFor(fields)
  const { write: inGroup } = writeGroupsOf(db)

  const find = (name: string): Person | undefined => {
    const row = findOne.get(name) as PersonRow | undefined
    return row === undefined ? undefined : toPerson(row)
  }

  const write = (name: string, draft: PersonDraft, existing: Person | undefined): PutResult => {
    const now = nextTimestamp(existing?.updatedAt)
    if (existing === undefined) {
      insert.run(name, ...valuesOf(draft), now, now)
      return { person: { name, ...draft, createdAt: now, updatedAt: now }, created: true }
    }
    replace.run(...valuesOf(draft), now, name)
    return { person: { ...existing, ...draft, updatedAt: now }, created: false }
  }

  // A conditional write reads, checks its condition and writes in one
  // group's transaction, which holds the write lock: the check and the write
  // are one step, on this instance and across processes.
  return {
    async find (name) {
      return find(name)
    },
    put (name, draft, condition) {
      return inGroup(() => {
        if (condition === undefined) {
          const now = new Date().toISOString()
          const [createdAt, updatedAt] = upsert.get(name, ...valuesOf(draft), now, now) as unknown as [string, string]
          return upserted({ name, ...draft, createdAt, updatedAt })
        }
        const existing = find(name)
        assertCondition(existing, condition, versionOf)
        return write(name, draft, existing)
      })
    },
    update (name, changes, condition) {
      return inGroup(() => {
        const existing = find(name)
        // RFC 9110 §13.1.1: If-Match fails on a person who does not exist (412, not 404).
        assertCondition(existing, condition, versionOf)
        if (existing === undefined) return undefined
        return write(name, draftOf(existing, changes), existing).person
      })
    },
    remove (name, condition) {
      return inGroup(() => {
        const existing = find(name)
        assertCondition(existing, condition, versionOf)
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
