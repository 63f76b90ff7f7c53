// Starts the real server while its PostgreSQL cannot be reached: it answers /health at once and 503 elsewhere, and either opens the store when it comes or exits with one log line that says what to check.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { setTimeout as sleep } from 'node:timers/promises'
import { TcpProxy } from '../scaling/tcp-proxy.ts'
import { dropSchema, randomSchemaName, withSchema } from '../storage/postgres-schema.ts'
import { waitFor } from '../wait-for.ts'
import { ADMIN_KEY, findFreePort, HOST, spawnServer, stopServer } from './server-process.ts'
import type { ServerProcess } from './server-process.ts'

const PASSWORD = 'never-to-be-logged'
// Loading the TypeScript sources on a starved machine can take seconds.
const LISTENING_WITHIN_MS = 30_000
const headers = { authorization: `Bearer ${ADMIN_KEY}`, accept: 'application/json' }

async function status (server: ServerProcess, path: string): Promise<number> {
  return await fetch(`http://${HOST}:${server.port}${path}`, { headers }).then(response => response.status, () => 0)
}

async function get (server: ServerProcess, path: string): Promise<{ status: number, type: string | null, body: unknown }> {
  const response = await fetch(`http://${HOST}:${server.port}${path}`, { headers })
  return { status: response.status, type: response.headers.get('content-type'), body: await response.json() }
}

/** Every line the process wrote, each of which must be JSON: no stack trace, no text from a library. */
function logLines (server: ServerProcess): Array<Record<string, unknown>> {
  return server.output().split('\n').filter(line => line.trim() !== '').map(line => {
    try {
      return JSON.parse(line) as Record<string, unknown>
    } catch {
      throw new assert.AssertionError({ message: `a line that is not JSON: ${line}\n\n${server.output()}` })
    }
  })
}

async function startAgainst (t: { after: (fn: () => Promise<void>) => void }, databaseUrl: string, openTimeoutMs: number): Promise<ServerProcess> {
  // DATABASE_URL in env wins over the SQLite path, which is never opened.
  const server = spawnServer(await findFreePort(), { databasePath: 'unused', env: { DATABASE_URL: databaseUrl, STORE_OPEN_TIMEOUT_MS: String(openTimeoutMs), LOG_LEVEL: 'warn' } })
  t.after(async () => { await stopServer(server) })
  await waitFor('the server listens', async () => await status(server, '/health') === 200, LISTENING_WITHIN_MS)
  return server
}

test('PostgreSQL never comes: /health 200 and 503s meanwhile, then exit 1 with one line naming host and port and what to check', async (t) => {
  const port = await findFreePort()
  const server = await startAgainst(t, `postgres://app:${PASSWORD}@127.0.0.1:${port}/blueprint`, 3000)

  assert.deepEqual(await get(server, '/ready'), { status: 503, type: 'application/json; charset=utf-8', body: { status: 'error', message: 'The store is unreachable; try again shortly' } })
  assert.deepEqual(await get(server, '/v1/people'), { status: 503, type: 'application/json; charset=utf-8', body: { status: 'error', message: 'The store is unreachable; try again shortly' } })
  const v2 = await get(server, '/v2/people')
  assert.equal(v2.status, 503)
  assert.equal(v2.type, 'application/problem+json')
  assert.equal((v2.body as { type: string }).type, '/docs#problem-store-unavailable')

  const exit = await server.exited
  assert.deepEqual(exit, { code: 1, signal: null }, server.output())
  const lines = logLines(server)
  const fatal = lines.filter(line => line.level === 60)
  assert.equal(fatal.length, 1, server.output())
  const [line] = fatal
  assert.deepEqual(line?.store, { engine: 'postgresql', host: '127.0.0.1', port, database: 'blueprint', user: 'app' })
  assert.match(String(line?.cause), new RegExp(`ECONNREFUSED 127\\.0\\.0\\.1:${port}`))
  assert.match(String(line?.check), new RegExp(`PostgreSQL is running and accepts connections at 127\\.0\\.0\\.1:${port}`))
  assert.ok(Number(line?.attempts) >= 2, `${String(line?.attempts)} attempts`)
  // Waiting is said once, not once per attempt.
  assert.equal(lines.filter(line => line.level === 40).length, 1, server.output())
  assert.doesNotMatch(server.output(), new RegExp(PASSWORD))
  assert.doesNotMatch(server.output(), /Uncaught|triggerUncaughtException|\n\s+at /)
})

test('PostgreSQL comes late: the server opens the store when it answers, and serves', async (t) => {
  const serverUrl = process.env.TEST_POSTGRES_URL
  if (serverUrl === undefined || serverUrl === '') {
    t.skip('TEST_POSTGRES_URL is not set; CI sets it, so there this test always runs')
    return
  }
  const target = new URL(serverUrl)
  const proxy = new TcpProxy({ host: target.hostname, port: Number(target.port || 5432) })
  proxy.port = await findFreePort()
  const schema = randomSchemaName('late_start')
  const viaProxy = new URL(withSchema(serverUrl, schema))
  viaProxy.hostname = '127.0.0.1'
  viaProxy.port = String(proxy.port)
  t.after(async () => {
    await proxy.cut()
    await dropSchema(serverUrl, schema)
  })
  const server = await startAgainst(t, viaProxy.href, 30_000)

  assert.equal(await status(server, '/ready'), 503)
  await sleep(1000)
  await proxy.open()
  const readyAfter = await waitFor('ready once PostgreSQL answers', async () => await status(server, '/ready') === 200, 10_000)
  const put = await fetch(`http://${HOST}:${server.port}/v1/people/ann`, { method: 'PUT', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify({ email: 'ann@example.com' }) })
  assert.equal(put.status, 201)

  const lines = logLines(server)
  assert.ok(lines.some(line => line.level === 40 && String(line.msg).startsWith('the store cannot be reached yet')), server.output())
  t.diagnostic(`ready ${readyAfter} ms after PostgreSQL began to answer`)
})
