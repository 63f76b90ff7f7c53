// End-to-end checks through buildApp() and inject() for what the features cannot arrange: failures inside the app and its log.
import assert from 'node:assert/strict'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { buildApp } from '../src/app.ts'
import { openSqliteStore } from '../src/storage/sqlite/index.ts'
import type { Store } from '../src/storage/store.ts'
import { captureLog } from './capture-log.ts'
import { waitFor } from './wait-for.ts'

const ADMIN_KEY = 'test-admin-key-with-at-least-32-characters'
const auth = { authorization: `Bearer ${ADMIN_KEY}`, accept: 'application/json' }

/** A store whose reads fail the way a driver does, with SQL in the message. */
function failingStore (): Store {
  const store = openSqliteStore(':memory:')
  store.people.find = async () => {
    throw new Error('SQLITE_CORRUPT: SELECT name, email FROM people WHERE name = ?')
  }
  store.ping = async () => {
    throw new Error('database is locked')
  }
  return store
}

test('an unexpected error is a 500 that shows the request id but no stack or SQL', async (t) => {
  const log = captureLog()
  const app = await buildApp({ store: failingStore(), adminKey: ADMIN_KEY, logger: log.logger })
  t.after(() => app.close())

  const response = await app.inject({ url: '/v1/people/fred', headers: { ...auth, 'x-request-id': 'req-500' } })

  assert.equal(response.statusCode, 500)
  assert.equal(response.headers['x-request-id'], 'req-500')
  assert.deepEqual(response.json(), {
    status: 'error',
    message: 'Something went wrong on our side; quote request id req-500 when reporting it'
  })
  assert.doesNotMatch(response.body, /SELECT|SQLITE|at .*\.ts/)
  const logged = log.lines().find(line => line.msg === 'unexpected error')
  assert.ok(logged, 'the error was not logged')
  assert.equal(logged.reqId, 'req-500')
  assert.match(JSON.stringify(logged.err), /SQLITE_CORRUPT/)
})

test('/ready is 503 when the store does not answer, while /health stays 200', async (t) => {
  const app = await buildApp({ store: failingStore(), adminKey: ADMIN_KEY })
  t.after(() => app.close())

  const ready = await app.inject({ url: '/ready' })
  assert.equal(ready.statusCode, 503)
  assert.deepEqual(ready.json(), { status: 'error', message: 'The store is unreachable; try again shortly' })
  assert.equal(ready.headers['retry-after'], '2', 'a client is told when to try again')
  assert.equal((await app.inject({ url: '/health' })).statusCode, 200)
})

test('each request writes one log line with method, path, status, time, id and the key\'s id, and never the key', async (t) => {
  const log = captureLog()
  const app = await buildApp({ store: openSqliteStore(':memory:'), adminKey: ADMIN_KEY, logger: log.logger })
  t.after(() => app.close())

  const created = await app.inject({
    method: 'POST',
    url: '/admin/keys',
    headers: { ...auth, 'content-type': 'application/json' },
    payload: { name: 'reader', capabilities: ['people:read'] }
  })
  const secret = (created.json() as { result: { key: string } }).result.key
  await app.inject({ url: '/v1/people/fred', headers: { authorization: `Bearer ${secret}`, accept: 'application/json', 'x-request-id': 'req-log' } })

  const lines = log.lines().filter(line => line.msg === 'request')
  assert.equal(lines.length, 2)
  assert.deepEqual(
    { ...lines[1], time: undefined, ms: undefined, pid: undefined, hostname: undefined },
    { level: 30, reqId: 'req-log', method: 'GET', path: '/v1/people/fred', status: 404, keyId: (created.json() as { result: { id: string } }).result.id, msg: 'request', time: undefined, ms: undefined, pid: undefined, hostname: undefined }
  )
  assert.equal(typeof lines[1]?.ms, 'number')
  assert.ok(!log.text().includes(secret), 'a key reached the log')
  assert.ok(!log.text().includes(ADMIN_KEY), 'the admin key reached the log')
  assert.ok(!log.text().includes('reader'), 'a request body reached the log')
})

test('a key created on another instance is honoured here within the refresh interval', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'blueprint-'))
  const file = join(dir, 'shared.sqlite')
  const storeA = openSqliteStore(file)
  const storeB = openSqliteStore(file)
  const appA = await buildApp({ store: storeA, adminKey: ADMIN_KEY, keyRefreshMs: 50 })
  const appB = await buildApp({ store: storeB, adminKey: ADMIN_KEY, keyRefreshMs: 50 })
  t.after(async () => {
    await appA.close()
    await appB.close()
    await storeA.close()
    await storeB.close()
    await rm(dir, { recursive: true })
  })

  const created = await appA.inject({
    method: 'POST',
    url: '/admin/keys',
    headers: { ...auth, 'content-type': 'application/json' },
    payload: { name: 'shared', capabilities: ['people:read'] }
  })
  const { key, id } = (created.json() as { result: { key: string, id: string } }).result
  const asReader = { authorization: `Bearer ${key}`, accept: 'application/json' }

  await waitFor('the new key accepted', async () => (await appB.inject({ url: '/v1/people', headers: asReader })).statusCode === 200, 1000)
  await appA.inject({ method: 'DELETE', url: `/admin/keys/${id}`, headers: auth })
  await waitFor('the revoked key refused', async () => (await appB.inject({ url: '/v1/people', headers: asReader })).statusCode === 401, 1000)
})
