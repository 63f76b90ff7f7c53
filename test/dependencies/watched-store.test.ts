// An unreachable or full store, as the app answers and logs it: 503 or 507 in each version's format, one log line per change of state, and /ready saying so.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { buildApp } from '../../src/app.ts'
import { openSqliteStore } from '../../src/storage/sqlite/index.ts'
import { StoreFullError, StoreUnavailableError } from '../../src/storage/store.ts'
import type { Store } from '../../src/storage/store.ts'
import { captureLog, stateChanges } from '../capture-log.ts'

const ADMIN_KEY = 'watched-store-admin-key-0123456789abcdef'
const headers = { authorization: `Bearer ${ADMIN_KEY}`, accept: 'application/json', 'content-type': 'application/json' }

/** An in-memory store whose reads can be made unreachable and whose writes can be made to find it full. */
function troubledStore (): { store: Store, trouble: { isUnreachable: boolean, isFull: boolean } } {
  const store = openSqliteStore(':memory:')
  const trouble = { isUnreachable: false, isFull: false }
  const { find, put } = store.people
  store.people.find = async (name) => {
    if (trouble.isUnreachable) throw new StoreUnavailableError('The database cannot be reached', { cause: new Error('connect ECONNREFUSED 127.0.0.1:5439') })
    return await find(name)
  }
  store.people.put = async (name, draft, condition) => {
    if (trouble.isFull) throw new StoreFullError('The disk under the database is full', { cause: new Error('database or disk is full') })
    return await put(name, draft, condition)
  }
  return { store, trouble }
}

test('an unreachable store is logged once however many requests fail, and once when it answers again', async (t) => {
  const log = captureLog()
  const { store, trouble } = troubledStore()
  const app = await buildApp({ store, adminKey: ADMIN_KEY, logger: log.logger })
  t.after(() => app.close())

  trouble.isUnreachable = true
  for (let i = 0; i < 10; i++) assert.equal((await app.inject({ url: '/v1/people/ann', headers })).statusCode, 503)
  trouble.isUnreachable = false
  assert.equal((await app.inject({ url: '/v1/people/ann', headers })).statusCode, 404)
  assert.deepEqual(stateChanges(log.lines()), ['store unreachable', 'store ok'])
  assert.equal(log.lines().find(line => line.state === 'unreachable')?.cause, 'The database cannot be reached: connect ECONNREFUSED 127.0.0.1:5439')
})

test('a full store: writes answer 507 in each version\'s format, reads go on, /ready says read-only, and a write that succeeds ends it', async (t) => {
  const log = captureLog()
  const { store, trouble } = troubledStore()
  const app = await buildApp({ store, adminKey: ADMIN_KEY, logger: log.logger })
  t.after(() => app.close())
  await app.inject({ method: 'PUT', url: '/v1/people/ann', headers, payload: { email: 'ann@example.com' } })

  trouble.isFull = true
  const v1 = await app.inject({ method: 'PUT', url: '/v1/people/bob', headers, payload: { email: 'bob@example.com' } })
  assert.equal(v1.statusCode, 507)
  assert.deepEqual(v1.json(), { status: 'error', message: 'The store has no room for this write; reads still work, so try the write again later' })
  const v2 = await app.inject({ method: 'PUT', url: '/v2/people/bob', headers, payload: { email: 'bob@example.com' } })
  assert.equal(v2.statusCode, 507)
  assert.equal(v2.headers['content-type'], 'application/problem+json')
  assert.deepEqual(v2.json(), {
    type: '/docs#problem-store-full',
    title: 'The store is full',
    status: 507,
    detail: 'The store has no room for this write; reads still work, so try the write again later',
    instance: '/v2/people/bob'
  })
  assert.equal((await app.inject({ url: '/v1/people/ann', headers })).statusCode, 200)
  const ready = await app.inject({ url: '/ready' })
  assert.equal(ready.statusCode, 200)
  assert.deepEqual(ready.json(), { status: 'ok', result: { store: 'read-only' } })

  trouble.isFull = false
  assert.equal((await app.inject({ method: 'PUT', url: '/v1/people/bob', headers, payload: { email: 'bob@example.com' } })).statusCode, 201)
  assert.deepEqual((await app.inject({ url: '/ready' })).json(), { status: 'ok', result: { store: 'ok' } })
  assert.deepEqual(stateChanges(log.lines()), ['store read-only', 'store ok'])
  // A 507 is expected, not a bug: no stack and no "unexpected error" in the log.
  assert.equal(log.lines().filter(line => line.msg === 'unexpected error').length, 0)
  assert.doesNotMatch(log.text(), /"stack"/)
})
