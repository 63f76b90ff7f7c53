// The store a feature run uses in-process: the URL as given, or on PostgreSQL a schema of the run's own, dropped at the end.
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { readDatabaseUrl } from '../../src/storage/postgres/database-url.ts'

// Kept here, not borrowed from test/: the steps ship in the package, and test/ does not.

export interface RunDatabase {
  url: string
  /** Removes what the run left behind; nothing to do outside PostgreSQL. */
  drop: () => Promise<void>
}

export function databaseForRun (requestedUrl: string): RunDatabase {
  if (!requestedUrl.startsWith('postgres://') && !requestedUrl.startsWith('postgresql://')) {
    return { url: requestedUrl, drop: async () => {} }
  }
  // The store makes the schema on first use; 48 random bits keep runs apart.
  const schema = `features_${randomBytes(6).toString('hex')}`
  const url = new URL(requestedUrl)
  url.searchParams.set('schema', schema)
  return { url: url.href, drop: async () => await dropSchema(requestedUrl, schema) }
}

async function dropSchema (requestedUrl: string, schema: string): Promise<void> {
  // A bounded wait: a server that does not answer must fail the run, not hang it.
  const client = new pg.Client({ connectionString: readDatabaseUrl(requestedUrl).connectionString, connectionTimeoutMillis: 5000 })
  await client.connect()
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${client.escapeIdentifier(schema)} CASCADE`)
  } finally {
    await client.end()
  }
}
