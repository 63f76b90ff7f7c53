// Starts app instances on one PostgreSQL schema, as separate processes would, and finds or kills their connections from outside.
import type { FastifyBaseLogger, FastifyInstance, LightMyRequestResponse } from 'fastify'
import { buildApp } from '../../src/app.ts'
import { openPostgresStore } from '../../src/storage/postgres/index.ts'
import type { Store } from '../../src/storage/store.ts'
import { withClient, withSchema } from '../storage/postgres-schema.ts'

export const ADMIN_KEY = 'scaling-admin-key-0123456789abcdefghijkl'
export const headers = { authorization: `Bearer ${ADMIN_KEY}`, accept: 'application/json' }
export const jsonHeaders = { ...headers, 'content-type': 'application/json' }

/** Where a run's instances meet: the server, and the schema of this run. */
export interface Cluster {
  serverUrl: string
  schema: string
}

export interface InstanceOptions {
  /** Also its connections' application_name (the listener's ends in -listener), by which a test finds them. */
  name: string
  /** How often it polls for keys and switches changed elsewhere; long, to prove that notifications alone are fast. */
  refreshMs: number
  timeoutMs?: number
  /** The server to connect to, when not the cluster's own: a proxy, in the fault tests. */
  serverUrl?: string
  /** False leaves the store's change feed out, so only polling can bring changes. */
  listens?: boolean
  /** Where rate limits are counted: a proxy, in the fault tests; in memory when unset. */
  redisUrl?: string
  logger?: FastifyBaseLogger
}

export interface Instance {
  name: string
  app: FastifyInstance
  store: Store
  close: () => Promise<void>
}

export async function startInstance (cluster: Cluster, options: InstanceOptions): Promise<Instance> {
  const url = new URL(withSchema(options.serverUrl ?? cluster.serverUrl, cluster.schema))
  url.searchParams.set('application_name', options.name)
  // A small pool: several instances and the other test files share one server's connection slots.
  const store = await openPostgresStore(url.href, { poolSize: 4, timeoutMs: options.timeoutMs ?? 2000 })
  const { changes, ...withoutChanges } = store
  const app = await buildApp({
    store: options.listens === false ? withoutChanges : store,
    adminKey: ADMIN_KEY,
    keyRefreshMs: options.refreshMs,
    switchRefreshMs: options.refreshMs,
    // The load in the fault tests must meet the database, not the rate limit.
    rateLimit: 1_000_000,
    redisUrl: options.redisUrl,
    logger: options.logger
  })
  return {
    name: options.name,
    app,
    store,
    close: async () => {
      await app.close()
      await store.close()
    }
  }
}

export async function flipSwitch (instance: Instance, name: string, enabled: boolean): Promise<void> {
  const response = await instance.app.inject({ method: 'PUT', url: `/admin/switches/${name}`, headers: jsonHeaders, payload: { enabled } })
  if (response.statusCode !== 200) throw new Error(`PUT /admin/switches/${name}: ${response.statusCode} ${response.body}`)
}

/** DELETE of someone absent: 404 while deleting is on, 503 while it is switched off; it changes nothing either way. */
export async function deleteStatus (instance: Instance): Promise<number> {
  return (await instance.app.inject({ method: 'DELETE', url: '/v1/people/nobody', headers })).statusCode
}

export async function get (instance: Instance, url: string, key = ADMIN_KEY): Promise<LightMyRequestResponse> {
  return await instance.app.inject({ url, headers: { ...headers, authorization: `Bearer ${key}` } })
}

/** Ends, from outside, every backend whose application_name matches the LIKE pattern; answers how many. */
export async function terminateBackends (cluster: Cluster, pattern: string): Promise<number> {
  return await withClient(cluster.serverUrl, async client => {
    const { rowCount } = await client.query(
      'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name LIKE $1 AND pid <> pg_backend_pid()', [pattern])
    return rowCount ?? 0
  })
}

/** The process ids of an instance's listening connections that have run their LISTEN. */
export async function listenerPids (cluster: Cluster, instance: Instance): Promise<number[]> {
  return await withClient(cluster.serverUrl, async client => {
    const { rows } = await client.query<{ pid: number }>(
      "SELECT pid FROM pg_stat_activity WHERE application_name = $1 AND query LIKE 'LISTEN %'", [`${instance.name}-listener`])
    return rows.map(row => row.pid)
  })
}
