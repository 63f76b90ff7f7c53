// The people table on PostgreSQL: named statements, and every write one transaction that locks the row it checks.
import type pg from 'pg'
import { compileObject } from '../../person/compile.ts'
import { draftOfChanges } from '../../person/drafts.ts'
import { PERSON_FIELDS } from '../../person/fields.ts'
import type { Person, PersonFields } from '../../person/fields.ts'
import { assertCondition, nextTimestamp, upserted, versionFor } from '../conditions.ts'
import { draftValues, fieldColumns, personColumns } from '../person-columns.ts'
import type { PersonDraft, PeopleStore, PutResult } from '../store.ts'
import { RetryTransaction, inTransaction } from './transaction.ts'

/** A row of personColumns(), by column name; created_at and updated_at are Dates. */
type PersonRow = Record<string, unknown>

/** The people table's statements, written from the fields once, when the store opens. */
function peopleStatements (fields: PersonFields) {
  // Columns are named, never *, so a later migration that adds one cannot change what a prepared statement returns.
  const all = personColumns(fields).map(([, column]) => column).join(', ')
  const written = fieldColumns(fields)
  // $1 is the name; the written columns follow; then the time, used for both created_at and updated_at.
  const writtenValues = written.map((_, index) => `$${index + 2}`).join(', ')
  const time = `$${written.length + 2}`
  // A named statement is parsed and planned once per pooled connection; after that only values travel.
  return {
    find: { name: 'people-find', text: `SELECT ${all} FROM people WHERE name = $1` },
    // FOR UPDATE locks the row until COMMIT: a second writer waits here, then reads what the first one wrote.
    lock: { name: 'people-lock', text: `SELECT ${all} FROM people WHERE name = $1 FOR UPDATE` },
    insert: { name: 'people-insert', text: `INSERT INTO people (${all}) VALUES ($1, ${writtenValues}, ${time}, ${time}) ON CONFLICT (name) DO NOTHING` },
    // A PUT without a condition is one statement: PostgreSQL moves updated_at past
    // the stored one itself (as nextTimestamp does), and returns the row (see upserted).
    upsert: {
      name: 'people-upsert',
      text: `INSERT INTO people (${all}) VALUES ($1, ${writtenValues}, ${time}, ${time})
    ON CONFLICT (name) DO UPDATE SET ${written.map(column => `${column} = excluded.${column}`).join(', ')},
      updated_at = greatest(excluded.updated_at, people.updated_at + interval '1 millisecond')
    RETURNING ${all}`
    },
    replace: { name: 'people-replace', text: `UPDATE people SET ${written.map((column, index) => `${column} = $${index + 2}`).join(', ')}, updated_at = ${time} WHERE name = $1` },
    remove: { name: 'people-delete', text: 'DELETE FROM people WHERE name = $1' },
    firstPage: { name: 'people-first-page', text: `SELECT ${all} FROM people ORDER BY name LIMIT $1` },
    pageAfter: { name: 'people-page-after', text: `SELECT ${all} FROM people WHERE name > $1 ORDER BY name LIMIT $2` }
  }
}

/**
 * Compiles `row => person`. timestamptz arrives as a Date; toISOString() gives
 * back the exact string that was stored (millisecond precision).
 */
function rowReader (fields: PersonFields): (row: PersonRow) => Person {
  const isTime = (key: string): boolean => key === 'createdAt' || key === 'updatedAt'
  return compileObject(['row'], personColumns(fields).map(([key, column]) => [key, isTime(key) ? `row.${column}.toISOString()` : `row.${column}`]))
}

/** `fields` are the person's declared ones; a test may declare others, with a migration that adds their columns. */
export function postgresPeople (pool: pg.Pool, fields: PersonFields = PERSON_FIELDS): PeopleStore {
  const sql = peopleStatements(fields)
  const toPerson = rowReader(fields)
  const valuesOf = draftValues(fields)
  const draftOf = draftOfChanges(fields)
  const versionOf = versionFor(fields)

  async function lockPerson (client: pg.PoolClient, name: string): Promise<Person | undefined> {
    const { rows: [row] } = await client.query<PersonRow>({ ...sql.lock, values: [name] })
    return row === undefined ? undefined : toPerson(row)
  }

  async function write (client: pg.PoolClient, name: string, draft: PersonDraft, existing: Person | undefined): Promise<PutResult> {
    const now = nextTimestamp(existing?.updatedAt)
    if (existing === undefined) {
      const { rowCount } = await client.query({ ...sql.insert, values: [name, ...valuesOf(draft), now] })
      // There was no row for FOR UPDATE to lock, and someone created it since:
      // start again, and this time lock their row and check the condition against it.
      if (rowCount === 0) throw new RetryTransaction(`${name} was created meanwhile`)
      return { person: { name, ...draft, createdAt: now, updatedAt: now }, created: true }
    }
    await client.query({ ...sql.replace, values: [name, ...valuesOf(draft), now] })
    return { person: { ...existing, ...draft, updatedAt: now }, created: false }
  }

  return {
    async find (name) {
      const { rows: [row] } = await pool.query<PersonRow>({ ...sql.find, values: [name] })
      return row === undefined ? undefined : toPerson(row)
    },
    async put (name, draft, condition) {
      if (condition === undefined) {
        const { rows } = await pool.query<PersonRow>({ ...sql.upsert, values: [name, ...valuesOf(draft), new Date().toISOString()] })
        // ON CONFLICT DO UPDATE returns the row whether it inserted or updated.
        return upserted(toPerson(rows[0] as PersonRow))
      }
      return await inTransaction(pool, async client => {
        const existing = await lockPerson(client, name)
        assertCondition(existing, condition, versionOf)
        return await write(client, name, draft, existing)
      })
    },
    async update (name, changes, condition) {
      return await inTransaction(pool, async client => {
        const existing = await lockPerson(client, name)
        // RFC 9110 §13.1.1: If-Match fails on a person who does not exist (412, not 404).
        assertCondition(existing, condition, versionOf)
        if (existing === undefined) return undefined
        return (await write(client, name, draftOf(existing, changes), existing)).person
      })
    },
    async remove (name, condition) {
      return await inTransaction(pool, async client => {
        const existing = await lockPerson(client, name)
        assertCondition(existing, condition, versionOf)
        if (existing === undefined) return false
        const { rowCount } = await client.query({ ...sql.remove, values: [name] })
        return rowCount === 1
      })
    },
    async list ({ after, limit }) {
      const { rows } = after === undefined
        ? await pool.query<PersonRow>({ ...sql.firstPage, values: [limit] })
        : await pool.query<PersonRow>({ ...sql.pageAfter, values: [after, limit] })
      return rows.map(toPerson)
    }
  }
}
