// Gives a test run a PostgreSQL schema of its own, so that runs never see each other's rows, and drops it afterwards.
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { readDatabaseUrl } from '../../src/storage/postgres/database-url.ts'

export function isPostgresUrl (url: string): boolean {
  return url.startsWith('postgres://') || url.startsWith('postgresql://')
}

/** A name no other run picks: the prefix and 48 random bits. */
export function randomSchemaName (prefix: string): string {
  return `${prefix}_${randomBytes(6).toString('hex')}`
}

/** The same URL, with `?schema=` naming the schema the store should use. */
export function withSchema (url: string, schema: string): string {
  const withParameter = new URL(url)
  withParameter.searchParams.set('schema', schema)
  return withParameter.href
}

/** Connects on its own, without the adapter, and runs one piece of work. */
export async function withClient<T> (url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  // A bounded wait: a server that does not answer must fail the run, not hang it.
  const client = new pg.Client({ connectionString: readDatabaseUrl(url).connectionString, connectionTimeoutMillis: 5000 })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

export async function dropSchema (url: string, schema: string): Promise<void> {
  await withClient(url, async client => {
    await client.query(`DROP SCHEMA IF EXISTS ${client.escapeIdentifier(schema)} CASCADE`)
  })
}
