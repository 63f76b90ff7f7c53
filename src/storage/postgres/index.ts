// Opens the PostgreSQL store: migrations applied, a connection pool, a listener for changes, every instance sharing one database.
import { randomBytes } from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'
import pg from 'pg'
import { StoreUnavailableError } from '../store.ts'
import type { Store } from '../store.ts'
import { openChangeFeed } from './change-feed.ts'
import { listenerConfig, migrationPoolConfig, requestPoolConfig } from './connections.ts'
import { readDatabaseUrl } from './database-url.ts'
import type { PostgresSettings, PostgresStoreOptions } from './database-url.ts'
import { postgresEvents } from './events.ts'
import { postgresKeys } from './keys.ts'
import { migrate } from './migrate.ts'
import { postgresPeople } from './people.ts'
import { postgresSwitches } from './switches.ts'
import { reportingUnavailable, toStoreError } from './unavailable.ts'

export type { PostgresStoreOptions } from './database-url.ts'

const INSERT_SECRET = { name: 'secrets-insert', text: 'INSERT INTO secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING' }
const SELECT_SECRET = { name: 'secrets-select', text: 'SELECT value FROM secrets WHERE name = $1' }

/** Opens the store named by a postgres:// URL; `?pool=N` sets the pool size and `?schema=NAME` a schema of its own. */
export async function openPostgresStore (url: string, options: PostgresStoreOptions = {}): Promise<Store> {
  const settings = readDatabaseUrl(url, options)
  // The first connection is made here: a database that cannot be reached is
  // reported as such, so that the caller may try again (open-patiently.ts).
  const appliedMigrations = await migrateOnce(settings).catch((error: unknown) => { throw toStoreError(error) })
  const pool = new pg.Pool(requestPoolConfig(settings))
  // The server may drop an idle connection (a restart, a failover). The pool
  // then discards it and opens another when needed; without a listener, the
  // 'error' event would crash the process.
  pool.on('error', () => {})
  const changes = await openChangeFeed(listenerConfig(settings))
  const notifies = changes !== undefined

  let isClosed = false
  return {
    appliedMigrations,
    people: reportingUnavailable(postgresPeople(pool)),
    keys: reportingUnavailable(postgresKeys(pool, { notifies })),
    switches: reportingUnavailable(postgresSwitches(pool, { notifies })),
    events: reportingUnavailable(postgresEvents(pool)),
    ...(changes === undefined ? {} : { changes }),
    ...reportingUnavailable({
      async secret (name: string) {
        const read = async (): Promise<Buffer | undefined> => (await pool.query<{ value: Buffer }>({ ...SELECT_SECRET, values: [name] })).rows[0]?.value
        // Read first: only the very first call writes, so a full disk does
        // not stop lists, which sign their cursors with the secret.
        const found = await read()
        if (found !== undefined) return found
        // Whoever inserts first wins; everyone then reads the same value.
        await pool.query({ ...INSERT_SECRET, values: [name, randomBytes(32)] })
        const made = await read()
        if (made === undefined) throw new Error(`The secret ${name} is missing`)
        return made
      },
      async ping () {
        // A readiness probe wants a quick answer: a store this slow counts as unreachable.
        await withTimeout(pool.query('SELECT 1'), settings.timeoutMs)
      }
    }),
    async close () {
      // pg refuses to end a pool twice; a second close has nothing left to do.
      if (isClosed) return
      isClosed = true
      await changes?.close()
      await pool.end()
    }
  }
}

/** Migrations get a pool of their own, closed once they are done, whose statements may take as long as they need. */
async function migrateOnce (settings: PostgresSettings): Promise<string[]> {
  const pool = new pg.Pool(migrationPoolConfig(settings))
  pool.on('error', () => {})
  try {
    return await migrate(pool, settings.schema)
  } finally {
    await pool.end()
  }
}

async function withTimeout<T> (work: Promise<T>, ms: number): Promise<T> {
  const timer = new AbortController()
  const expired = sleep(ms, undefined, { signal: timer.signal }).then(() => {
    throw new StoreUnavailableError(`The store did not answer within ${ms} ms`)
  })
  try {
    return await Promise.race([work, expired])
  } finally {
    timer.abort()
  }
}
