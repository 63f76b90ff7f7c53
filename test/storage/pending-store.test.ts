// An app on a store that is still being opened: /health answers, /ready and every route that needs a key answer 503, and all is served once it opens.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { buildApp } from '../../src/app.ts'
import { newApiKey } from '../../src/auth/api-keys.ts'
import { PendingStore } from '../../src/storage/pending-store.ts'
import { openSqliteStore } from '../../src/storage/sqlite/index.ts'
import { captureLog } from '../capture-log.ts'
import { BY_TEST } from '../actor.ts'

const STORE_UNAVAILABLE = { status: 'error', message: 'The store is unreachable; try again shortly' }

test('until the store opens, a stored key gets a 503 in its version\'s format, not a 401; once it opens, the key works at once', async (t) => {
  const opened = openSqliteStore(':memory:')
  const { secret, stored } = newApiKey('reader', ['people:read'])
  await opened.keys.create(stored, BY_TEST)
  const pending = new PendingStore()
  const log = captureLog()
  // Polling far slower than the test: only the opening itself may load the keys.
  const app = await buildApp({ store: pending, logger: log.logger, keyRefreshMs: 60_000, switchRefreshMs: 60_000 })
  t.after(async () => {
    await app.close()
    await pending.close()
  })
  const headers = { authorization: `Bearer ${secret}`, accept: 'application/json' }

  assert.equal((await app.inject({ url: '/health' })).statusCode, 200)
  const ready = await app.inject({ url: '/ready' })
  assert.equal(ready.statusCode, 503)
  assert.deepEqual(ready.json(), STORE_UNAVAILABLE)
  const v1 = await app.inject({ url: '/v1/people', headers })
  assert.equal(v1.statusCode, 503)
  assert.deepEqual(v1.json(), STORE_UNAVAILABLE)
  const v2 = await app.inject({ url: '/v2/people', headers })
  assert.equal(v2.statusCode, 503)
  assert.equal(v2.headers['content-type'], 'application/problem+json')
  assert.equal(v2.json<{ type: string }>().type, '/docs#problem-store-unavailable')
  assert.equal((await app.inject({ url: '/v1/nowhere', headers })).statusCode, 404)

  await pending.open(opened)
  await new Promise(resolve => setImmediate(resolve))
  assert.equal((await app.inject({ url: '/v1/people', headers })).statusCode, 200)
  assert.deepEqual((await app.inject({ url: '/ready' })).json(), { status: 'ok', result: { store: 'ok' } })
  // Start-up is the starter's to report: the app logs neither failed refreshes nor a lost store meanwhile.
  assert.deepEqual(log.lines().filter(line => line.level !== 30), [])
})

test('a store that opens after shutdown began is closed, not used', async () => {
  const pending = new PendingStore()
  await pending.close()
  const late = openSqliteStore(':memory:')
  await pending.open(late)
  await assert.rejects(late.ping())
})
