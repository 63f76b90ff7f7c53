// Chooses the storage adapter from DATABASE_URL.
import { ConfigError } from '../config.ts'
import { IN_MEMORY, openSqliteStore } from './sqlite/index.ts'
import type { Store } from './store.ts'

export async function openStore (databaseUrl: string): Promise<Store> {
  if (databaseUrl === 'sqlite::memory:') return openSqliteStore(IN_MEMORY)
  if (databaseUrl.startsWith('sqlite:')) return openSqliteStore(databaseUrl.slice('sqlite:'.length))
  throw new ConfigError(`DATABASE_URL must start with sqlite: (got "${databaseUrl.split(':')[0]}:")`)
}
