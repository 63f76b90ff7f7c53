// Chooses the storage adapter from DATABASE_URL.
import { ConfigError } from '../config.ts'
import type { PostgresStoreOptions } from './postgres/index.ts'
import { IN_MEMORY, openSqliteStore } from './sqlite/index.ts'
import type { Store } from './store.ts'

/** Settings that only some adapters use; SQLite ignores them. */
export type OpenStoreOptions = PostgresStoreOptions

export async function openStore (databaseUrl: string, options: OpenStoreOptions = {}): Promise<Store> {
  if (databaseUrl === 'sqlite::memory:') return openSqliteStore(IN_MEMORY)
  if (databaseUrl.startsWith('sqlite:')) return openSqliteStore(databaseUrl.slice('sqlite:'.length))
  if (databaseUrl.startsWith('postgres://') || databaseUrl.startsWith('postgresql://')) {
    // Loaded only when asked for: an app on SQLite never pays for the PostgreSQL driver.
    const { openPostgresStore } = await import('./postgres/index.ts')
    return await openPostgresStore(databaseUrl, options)
  }
  throw new ConfigError(`DATABASE_URL must start with sqlite: or postgres:// (got "${databaseUrl.split(':')[0]}:")`)
}
