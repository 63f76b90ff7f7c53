// Applies the numbered SQL files in migrations/ that the database has not seen yet, one starting instance at a time.
import { readdirSync, readFileSync } from 'node:fs'
import type pg from 'pg'
import { inTransaction } from './transaction.ts'

const MIGRATIONS = new URL('./migrations/', import.meta.url)

// Any fixed number will do, as long as every instance uses the same one.
// An advisory lock is used here only, at start, to keep two instances from
// running the same DDL at once; no data depends on it afterwards.
const MIGRATION_LOCK = '4242001'

async function lockMigrations (client: pg.PoolClient): Promise<void> {
  // The _xact_ form is released by COMMIT or ROLLBACK, so a crash cannot leave it held.
  await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK])
}

async function prepare (pool: pg.Pool, schema: string | undefined): Promise<void> {
  await inTransaction(pool, async client => {
    // Code point order of names relies on the database storing UTF-8.
    const { rows: [encoding] } = await client.query<{ server_encoding: string }>('SHOW server_encoding')
    if (encoding?.server_encoding !== 'UTF8') throw new Error(`The database must use UTF8, not ${encoding?.server_encoding}`)
    await lockMigrations(client)
    // The name was checked against a strict pattern (database-url.ts), so it is safe to write into the SQL.
    if (schema !== undefined) await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`)
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL
    )`)
  })
}

export async function migrate (pool: pg.Pool, schema: string | undefined): Promise<string[]> {
  await prepare(pool, schema)
  const files = readdirSync(MIGRATIONS).filter(file => file.endsWith('.sql')).sort()
  const newlyApplied: string[] = []
  for (const file of files) {
    const version = Number.parseInt(file, 10)
    // One transaction per file: PostgreSQL's DDL is transactional, so a failed migration leaves nothing behind.
    const didApply = await inTransaction(pool, async client => {
      await lockMigrations(client)
      // Checked under the lock: another instance may have applied it while we waited.
      const { rowCount } = await client.query('SELECT 1 FROM schema_migrations WHERE version = $1', [version])
      if (rowCount !== 0) return false
      await client.query(readFileSync(new URL(file, MIGRATIONS), 'utf8'))
      await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [version, file, new Date().toISOString()])
      return true
    })
    if (didApply) newlyApplied.push(file)
  }
  return newlyApplied
}
