// The settings of the three kinds of connection the adapter opens: for requests, for migrations, and the one that listens for changes.
import type pg from 'pg'
import type { PostgresSettings } from './database-url.ts'

// Shown in pg_stat_activity, so an operator can tell this app's connections
// from everyone else's; an application_name in the URL wins over it.
const APPLICATION_NAME = 'rest-api-blueprint'
const LISTENER_SUFFIX = '-listener'
// PostgreSQL keeps only the first 63 bytes of an application_name.
const NAME_LIMIT = 63

function commonConfig ({ connectionString, schema, timeoutMs }: PostgresSettings): pg.ClientConfig {
  return {
    connectionString,
    fallback_application_name: APPLICATION_NAME,
    // A server that does not accept a connection in time counts as unreachable.
    connectionTimeoutMillis: timeoutMs,
    keepAlive: true,
    // Sent when each connection starts, so it finds the tables in this schema before its first query.
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` })
  }
}

/** The pool that serves requests: every wait is bounded, so a database that hangs fails a request with a 503 instead of holding it. */
export function requestPoolConfig (settings: PostgresSettings): pg.PoolConfig {
  return {
    ...commonConfig(settings),
    max: settings.poolSize,
    // The server cancels a statement that runs longer (SQLSTATE 57014), which also frees the locks it held.
    statement_timeout: settings.timeoutMs,
    // The driver gives up on a server that stops answering altogether (a cut
    // network, a frozen machine), which the server's own timeout cannot notice.
    query_timeout: settings.timeoutMs
  }
}

/** One connection for migrations at start, without statement timeouts: building an index on a large table may take minutes. */
export function migrationPoolConfig (settings: PostgresSettings): pg.PoolConfig {
  return { ...commonConfig(settings), max: 1 }
}

/** The connection that listens for changes, named apart from the pool's so that an operator (or a test) can find it. */
export function listenerConfig (settings: PostgresSettings): pg.ClientConfig {
  const url = new URL(settings.connectionString)
  const name = url.searchParams.get('application_name') ?? APPLICATION_NAME
  // The URL wins over every other setting, so the listener's name is written into a copy of it.
  url.searchParams.set('application_name', name.slice(0, NAME_LIMIT - LISTENER_SUFFIX.length) + LISTENER_SUFFIX)
  return { ...commonConfig(settings), connectionString: url.href }
}
