// Reads this adapter's own settings from a postgres:// URL and leaves the driver only the parameters it understands.
import { ConfigError } from '../../config.ts'

export interface PostgresSettings {
  /** The URL to hand the driver: our own parameters and unknown ones removed. */
  connectionString: string
  poolSize: number
  /** The schema to create if missing and to put first on every connection's search_path. */
  schema: string | undefined
  /** The longest a request waits for a connection, and for each statement. */
  timeoutMs: number
}

export interface PostgresStoreOptions {
  /** Connections in the pool (default 10); a `?pool=N` in the URL wins over it. */
  poolSize?: number
  /** The longest a request waits for a connection, and for each statement, before it fails with a 503 (default 2000). */
  timeoutMs?: number
}

const DEFAULT_POOL_SIZE = 10
const DEFAULT_TIMEOUT_MS = 2000
const MAX_POOL_SIZE = 1000
// A name that needs no quoting in SQL nor escaping in a startup option (63 bytes is PostgreSQL's limit).
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/
// What pg reads from a connection string. Anything else, a typo included,
// is dropped here, rather than sent to the server or silently misread.
const DRIVER_PARAMETERS = new Set(['sslmode', 'sslrootcert', 'sslcert', 'sslkey', 'application_name', 'connect_timeout'])
const DIGITS = /^\d+$/

export function readDatabaseUrl (text: string, options: PostgresStoreOptions = {}): PostgresSettings {
  const url = new URL(text)
  const schema = url.searchParams.get('schema') ?? undefined
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    throw new ConfigError(`DATABASE_URL: schema must be lower-case letters, digits and _, not "${schema}"`)
  }
  const poolSize = readPoolSize(url.searchParams.get('pool') ?? undefined) ?? options.poolSize ?? DEFAULT_POOL_SIZE
  for (const name of [...url.searchParams.keys()]) {
    if (!DRIVER_PARAMETERS.has(name)) url.searchParams.delete(name)
  }
  return { connectionString: url.href, poolSize, schema, timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS }
}

function readPoolSize (text: string | undefined): number | undefined {
  if (text === undefined) return undefined
  const size = Number(text)
  if (!DIGITS.test(text) || size < 1 || size > MAX_POOL_SIZE) {
    throw new ConfigError(`DATABASE_URL: pool must be a whole number from 1 to ${MAX_POOL_SIZE}, not "${text}"`)
  }
  return size
}
