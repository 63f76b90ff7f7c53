// Switches on PostgreSQL; every flip bumps the "switches" revision and announces itself, in the same transaction.
import type pg from 'pg'
import type { StoredSwitch, SwitchStore } from '../store.ts'
import { CHANNEL } from './change-feed.ts'
import type { ChangeOptions } from './change-feed.ts'
import { inTransaction } from './transaction.ts'

interface SwitchRow {
  name: string
  enabled: boolean
  changed_at: Date
}

const SELECT_ALL = { name: 'switches-all', text: 'SELECT name, enabled, changed_at FROM switches ORDER BY name' }
const UPSERT = {
  name: 'switches-set',
  text: `INSERT INTO switches (name, enabled, changed_at) VALUES ($1, $2, $3)
    ON CONFLICT (name) DO UPDATE SET enabled = excluded.enabled, changed_at = excluded.changed_at`
}
const BUMP_REVISION = { name: 'switches-bump-revision', text: "UPDATE revisions SET revision = revision + 1 WHERE topic = 'switches'" }
const READ_REVISION = { name: 'switches-read-revision', text: "SELECT revision FROM revisions WHERE topic = 'switches'" }
// Delivered at COMMIT, dropped on ROLLBACK, as in keys.ts.
const NOTIFY = { name: 'switches-notify', text: `SELECT pg_notify('${CHANNEL}', 'switches')` }

function toSwitch (row: SwitchRow): StoredSwitch {
  return { name: row.name, enabled: row.enabled, changedAt: row.changed_at.toISOString() }
}

export function postgresSwitches (pool: pg.Pool, { notifies }: ChangeOptions): SwitchStore {
  return {
    async list () {
      const { rows } = await pool.query<SwitchRow>(SELECT_ALL)
      return rows.map(toSwitch)
    },
    async set (name, enabled, at) {
      await inTransaction(pool, async client => {
        await client.query({ ...UPSERT, values: [name, enabled, at] })
        await client.query(BUMP_REVISION)
        if (notifies) await client.query(NOTIFY)
      })
      return { name, enabled, changedAt: at }
    },
    async revision () {
      // bigint arrives as a string, since it can exceed what a JavaScript number holds exactly.
      const { rows: [row] } = await pool.query<{ revision: string }>(READ_REVISION)
      return Number(row?.revision)
    }
  }
}
