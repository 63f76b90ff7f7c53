// The record of changes to keys and switches on SQLite: written inside the change's transaction, read newest first.
import type { DatabaseSync } from 'node:sqlite'
import type { NewEvent } from '../admin-events.ts'
import type { AdminAction, AdminEvent, EventStore } from '../store.ts'

interface EventRow {
  id: number
  at: string
  actor: string
  request_id: string | null
  action: AdminAction
  target: string
  detail: string
}

export interface SqliteEvents extends EventStore {
  /** Adds an event; call it inside the transaction of the change it tells of. */
  record (event: NewEvent): void
}

function toEvent (row: EventRow): AdminEvent {
  return { id: row.id, at: row.at, actor: row.actor, requestId: row.request_id, action: row.action, target: row.target, detail: JSON.parse(row.detail) as Record<string, unknown> }
}

export function sqliteEvents (db: DatabaseSync): SqliteEvents {
  const insert = db.prepare('INSERT INTO admin_events (at, actor, request_id, action, target, detail) VALUES (?, ?, ?, ?, ?, ?)')
  const newest = db.prepare('SELECT * FROM admin_events ORDER BY id DESC LIMIT ?')
  const newestBefore = db.prepare('SELECT * FROM admin_events WHERE id < ? ORDER BY id DESC LIMIT ?')
  return {
    record ({ at, actor, requestId, action, target, detail }) {
      insert.run(at, actor, requestId, action, target, JSON.stringify(detail))
    },
    async list ({ before, limit }) {
      const rows = before === undefined ? newest.all(limit) : newestBefore.all(before, limit)
      return (rows as unknown as EventRow[]).map(toEvent)
    }
  }
}
