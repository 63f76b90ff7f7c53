// Switches on SQLite; every flip bumps the "switches" revision in the same transaction.
import type { DatabaseSync } from 'node:sqlite'
import { flipOf } from '../admin-events.ts'
import type { StoredSwitch, SwitchStore } from '../store.ts'
import type { SqliteEvents } from './events.ts'
import { revisionCounter } from './revisions.ts'
import { inTransaction } from './transaction.ts'

interface SwitchRow {
  name: string
  enabled: number
  changed_at: string
}

function toSwitch (row: SwitchRow): StoredSwitch {
  return { name: row.name, enabled: row.enabled === 1, changedAt: row.changed_at }
}

export function sqliteSwitches (db: DatabaseSync, events: SqliteEvents): SwitchStore {
  const selectAll = db.prepare('SELECT name, enabled, changed_at FROM switches ORDER BY name')
  const upsert = db.prepare(`INSERT INTO switches (name, enabled, changed_at) VALUES (?, ?, ?)
    ON CONFLICT (name) DO UPDATE SET enabled = excluded.enabled, changed_at = excluded.changed_at
    WHERE enabled <> excluded.enabled`)
  const selectOne = db.prepare('SELECT name, enabled, changed_at FROM switches WHERE name = ?')
  const counter = revisionCounter(db, 'switches')

  return {
    async list () {
      return (selectAll.all() as unknown as SwitchRow[]).map(toSwitch)
    },
    async set (name, enabled, at, by) {
      return inTransaction(db, () => {
        if (upsert.run(name, enabled ? 1 : 0, at).changes > 0) {
          counter.bump()
          events.record(flipOf(name, enabled, at, by))
        }
        return toSwitch(selectOne.get(name) as unknown as SwitchRow)
      })
    },
    async revision () {
      return counter.read()
    }
  }
}
