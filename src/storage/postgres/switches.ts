// Switches on PostgreSQL; every flip bumps the "switches" revision and announces itself, in the same transaction.
import type pg from 'pg'
import { flipOf } from '../admin-events.ts'
import type { StoredSwitch, SwitchStore } from '../store.ts'
import type { ChangeOptions } from './change-feed.ts'
import { recordEvent } from './events.ts'
import { revisionCounter } from './revisions.ts'
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
    ON CONFLICT (name) DO UPDATE SET enabled = excluded.enabled, changed_at = excluded.changed_at
    WHERE switches.enabled <> excluded.enabled`
}
const SELECT_ONE = { name: 'switches-one', text: 'SELECT name, enabled, changed_at FROM switches WHERE name = $1' }

function toSwitch (row: SwitchRow): StoredSwitch {
  return { name: row.name, enabled: row.enabled, changedAt: row.changed_at.toISOString() }
}

export function postgresSwitches (pool: pg.Pool, options: ChangeOptions): SwitchStore {
  const { recordChange, read: readRevision } = revisionCounter(pool, 'switches', options)
  return {
    async list () {
      const { rows } = await pool.query<SwitchRow>(SELECT_ALL)
      return rows.map(toSwitch)
    },
    async set (name, enabled, at, by) {
      return await inTransaction(pool, async client => {
        const { rowCount } = await client.query({ ...UPSERT, values: [name, enabled, at] })
        if (rowCount === 1) {
          await recordChange(client)
          await recordEvent(client, flipOf(name, enabled, at, by))
        }
        const { rows: [row] } = await client.query<SwitchRow>({ ...SELECT_ONE, values: [name] })
        if (row === undefined) throw new Error(`The switch ${name} was written but cannot be read back`)
        return toSwitch(row)
      })
    },
    async revision () {
      return await readRevision()
    }
  }
}
