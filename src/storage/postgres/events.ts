// The record of changes to keys and switches on PostgreSQL: written inside the change's transaction, read newest first.
import type pg from 'pg'
import type { NewEvent } from '../admin-events.ts'
import type { AdminAction, AdminEvent, EventStore } from '../store.ts'

interface EventRow {
  // bigint arrives as text, since it may outgrow a JavaScript number; ids here never will.
  id: string
  at: Date
  actor: string
  request_id: string | null
  action: AdminAction
  target: string
  detail: Record<string, unknown>
}

// Named, not *: a prepared statement whose columns change under it fails on instances still running it.
const COLUMNS = 'id, at, actor, request_id, action, target, detail'

// Identity values are handed out at insert, not at commit: two writers could
// commit out of order, and a reader paging by id skip the later one. Inserts
// take turns instead (readers are not held up), so ids follow commits.
const TAKE_TURNS = { name: 'events-take-turns', text: 'LOCK TABLE admin_events IN EXCLUSIVE MODE' }
const INSERT = { name: 'events-insert', text: 'INSERT INTO admin_events (at, actor, request_id, action, target, detail) VALUES ($1, $2, $3, $4, $5, $6)' }
const NEWEST = { name: 'events-newest', text: `SELECT ${COLUMNS} FROM admin_events ORDER BY id DESC LIMIT $1` }
const NEWEST_BEFORE = { name: 'events-newest-before', text: `SELECT ${COLUMNS} FROM admin_events WHERE id < $1 ORDER BY id DESC LIMIT $2` }

function toEvent (row: EventRow): AdminEvent {
  // jsonb arrives parsed.
  return { id: Number(row.id), at: row.at.toISOString(), actor: row.actor, requestId: row.request_id, action: row.action, target: row.target, detail: row.detail }
}

/** Adds an event on `client`, inside the transaction of the change it tells of. */
export async function recordEvent (client: pg.PoolClient, { at, actor, requestId, action, target, detail }: NewEvent): Promise<void> {
  await client.query(TAKE_TURNS)
  await client.query({ ...INSERT, values: [at, actor, requestId, action, target, JSON.stringify(detail)] })
}

export function postgresEvents (pool: pg.Pool): EventStore {
  return {
    async list ({ before, limit }) {
      const { rows } = before === undefined
        ? await pool.query<EventRow>({ ...NEWEST, values: [limit] })
        : await pool.query<EventRow>({ ...NEWEST_BEFORE, values: [before, limit] })
      return rows.map(toEvent)
    }
  }
}
