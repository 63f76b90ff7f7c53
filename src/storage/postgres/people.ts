// The people table on PostgreSQL: named statements, and every write one transaction that locks the row it checks.
import type pg from 'pg'
import { assertCondition, nextTimestamp, upserted } from '../conditions.ts'
import type { Person, PersonDraft, PeopleStore, PutResult } from '../store.ts'
import { RetryTransaction, inTransaction } from './transaction.ts'

interface PersonRow {
  name: string
  email: string
  comment: string | null
  created_at: Date
  updated_at: Date
}

// Columns are named, never *, so a later migration that adds one cannot change what a prepared statement returns.
const COLUMNS = 'name, email, comment, created_at, updated_at'

// A named statement is parsed and planned once per pooled connection; after that only values travel.
const FIND = { name: 'people-find', text: `SELECT ${COLUMNS} FROM people WHERE name = $1` }
// FOR UPDATE locks the row until COMMIT: a second writer waits here, then reads what the first one wrote.
const LOCK = { name: 'people-lock', text: `SELECT ${COLUMNS} FROM people WHERE name = $1 FOR UPDATE` }
const INSERT = { name: 'people-insert', text: `INSERT INTO people (${COLUMNS}) VALUES ($1, $2, $3, $4, $4) ON CONFLICT (name) DO NOTHING` }
// A PUT without a condition is one statement: PostgreSQL moves updated_at past
// the stored one itself (as nextTimestamp does), and returns the row (see upserted).
const UPSERT = {
  name: 'people-upsert',
  text: `INSERT INTO people (${COLUMNS}) VALUES ($1, $2, $3, $4, $4)
    ON CONFLICT (name) DO UPDATE SET email = excluded.email, comment = excluded.comment,
      updated_at = greatest(excluded.updated_at, people.updated_at + interval '1 millisecond')
    RETURNING ${COLUMNS}`
}
const REPLACE = { name: 'people-replace', text: 'UPDATE people SET email = $2, comment = $3, updated_at = $4 WHERE name = $1' }
const DELETE = { name: 'people-delete', text: 'DELETE FROM people WHERE name = $1' }
const FIRST_PAGE = { name: 'people-first-page', text: `SELECT ${COLUMNS} FROM people ORDER BY name LIMIT $1` }
const PAGE_AFTER = { name: 'people-page-after', text: `SELECT ${COLUMNS} FROM people WHERE name > $1 ORDER BY name LIMIT $2` }

// timestamptz arrives as a Date; toISOString() gives back the exact string that was stored (millisecond precision).
function toPerson (row: PersonRow): Person {
  return {
    name: row.name,
    email: row.email,
    comment: row.comment,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString()
  }
}

async function lockPerson (client: pg.PoolClient, name: string): Promise<Person | undefined> {
  const { rows: [row] } = await client.query<PersonRow>({ ...LOCK, values: [name] })
  return row === undefined ? undefined : toPerson(row)
}

async function write (client: pg.PoolClient, name: string, draft: PersonDraft, existing: Person | undefined): Promise<PutResult> {
  const now = nextTimestamp(existing?.updatedAt)
  if (existing === undefined) {
    const { rowCount } = await client.query({ ...INSERT, values: [name, draft.email, draft.comment, now] })
    // There was no row for FOR UPDATE to lock, and someone created it since:
    // start again, and this time lock their row and check the condition against it.
    if (rowCount === 0) throw new RetryTransaction(`${name} was created meanwhile`)
    return { person: { name, ...draft, createdAt: now, updatedAt: now }, created: true }
  }
  await client.query({ ...REPLACE, values: [name, draft.email, draft.comment, now] })
  return { person: { ...existing, ...draft, updatedAt: now }, created: false }
}

export function postgresPeople (pool: pg.Pool): PeopleStore {
  return {
    async find (name) {
      const { rows: [row] } = await pool.query<PersonRow>({ ...FIND, values: [name] })
      return row === undefined ? undefined : toPerson(row)
    },
    async put (name, draft, condition) {
      if (condition === undefined) {
        const { rows } = await pool.query<PersonRow>({ ...UPSERT, values: [name, draft.email, draft.comment, new Date().toISOString()] })
        // ON CONFLICT DO UPDATE returns the row whether it inserted or updated.
        return upserted(toPerson(rows[0] as PersonRow))
      }
      return await inTransaction(pool, async client => {
        const existing = await lockPerson(client, name)
        assertCondition(existing, condition)
        return await write(client, name, draft, existing)
      })
    },
    async update (name, changes, condition) {
      return await inTransaction(pool, async client => {
        const existing = await lockPerson(client, name)
        // RFC 9110 §13.1.1: If-Match fails on a person who does not exist (412, not 404).
        assertCondition(existing, condition)
        if (existing === undefined) return undefined
        const draft = { email: changes.email ?? existing.email, comment: changes.comment === undefined ? existing.comment : changes.comment }
        return (await write(client, name, draft, existing)).person
      })
    },
    async remove (name, condition) {
      return await inTransaction(pool, async client => {
        const existing = await lockPerson(client, name)
        assertCondition(existing, condition)
        if (existing === undefined) return false
        const { rowCount } = await client.query({ ...DELETE, values: [name] })
        return rowCount === 1
      })
    },
    async list ({ after, limit }) {
      const { rows } = after === undefined
        ? await pool.query<PersonRow>({ ...FIRST_PAGE, values: [limit] })
        : await pool.query<PersonRow>({ ...PAGE_AFTER, values: [after, limit] })
      return rows.map(toPerson)
    }
  }
}
