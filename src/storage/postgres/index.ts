// Opens the PostgreSQL store: a connection pool, migrations applied, every instance sharing one database.
import { randomBytes } from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'
import pg from 'pg'
import type { Store } from '../store.ts'
import { readDatabaseUrl } from './database-url.ts'
import type { PostgresStoreOptions } from './database-url.ts'
import { postgresKeys } from './keys.ts'
import { migrate } from './migrate.ts'
import { postgresPeople } from './people.ts'
import { postgresSwitches } from './switches.ts'

export type { PostgresStoreOptions } from './database-url.ts'

// A server that does not answer fails the request within seconds (a 503), instead of holding it forever.
const CONNECT_TIMEOUT_MS = 5000
// A readiness probe wants a quick answer: a store this slow counts as unreachable.
const PING_TIMEOUT_MS = 2000

const INSERT_SECRET = { name: 'secrets-insert', text: 'INSERT INTO secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING' }
const SELECT_SECRET = { name: 'secrets-select', text: 'SELECT value FROM secrets WHERE name = $1' }

/** Opens the store named by a postgres:// URL; `?pool=N` sets the pool size and `?schema=NAME` a schema of its own. */
export async function openPostgresStore (url: string, options: PostgresStoreOptions = {}): Promise<Store> {
  const { connectionString, poolSize, schema } = readDatabaseUrl(url, options)
  const pool = new pg.Pool({
    connectionString,
    max: poolSize,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    keepAlive: true,
    // Sent when each connection starts, so every pooled connection finds the tables in this schema before its first query.
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` })
  })
  // The server may drop an idle connection (a restart, a failover). The pool
  // then discards it and opens another when needed; without a listener, the
  // 'error' event would crash the process.
  pool.on('error', () => {})
  try {
    await migrate(pool, schema)
  } catch (error) {
    await pool.end()
    throw error
  }

  let isClosed = false
  return {
    people: postgresPeople(pool),
    keys: postgresKeys(pool),
    switches: postgresSwitches(pool),
    async secret (name) {
      // Whoever inserts first wins; everyone then reads the same value.
      await pool.query({ ...INSERT_SECRET, values: [name, randomBytes(32)] })
      const { rows: [row] } = await pool.query<{ value: Buffer }>({ ...SELECT_SECRET, values: [name] })
      if (row === undefined) throw new Error(`The secret ${name} is missing`)
      return row.value
    },
    async ping () {
      await withTimeout(pool.query('SELECT 1'), PING_TIMEOUT_MS)
    },
    async close () {
      // pg refuses to end a pool twice; a second close has nothing left to do.
      if (isClosed) return
      isClosed = true
      await pool.end()
    }
  }
}

async function withTimeout<T> (work: Promise<T>, ms: number): Promise<T> {
  const timer = new AbortController()
  const expired = sleep(ms, undefined, { signal: timer.signal }).then(() => {
    throw new Error(`The store did not answer within ${ms} ms`)
  })
  try {
    return await Promise.race([work, expired])
  } finally {
    timer.abort()
  }
}
