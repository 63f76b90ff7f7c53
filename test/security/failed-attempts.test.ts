// Failed authentications are throttled per client address, the one a trusted proxy names behind one: past the budget every request from it is a 429, and the keys it tried are never logged.
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { after, before, describe, test } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../../src/app.ts'
import { IN_MEMORY, openSqliteStore } from '../../src/storage/sqlite/index.ts'
import type { Store } from '../../src/storage/store.ts'
import { captureLog } from '../capture-log.ts'
import { assertErrorFormat } from './contract-format.ts'
import { httpRequest, listenOnLoopback } from './real-socket.ts'
import { issueKey } from '../keys.ts'

const ADMIN_KEY = 'failed-attempts-admin-key-0123456789abcdef'
const BUDGET = 5

let store: Store
let app: FastifyInstance
let reader: string
const log = captureLog('trace')
const triedKeys: string[] = []

before(async () => {
  store = openSqliteStore(IN_MEMORY)
  app = await buildApp({ store, adminKey: ADMIN_KEY, authFailureLimit: BUDGET, logger: log.logger })
  reader = (await issueKey(app, ADMIN_KEY, 'reader', ['people:read'])).key
})

after(async () => {
  await app.close()
  await store.close()
})

/** A key nobody has, remembered so that the log can be searched for it. */
function guessedKey (): string {
  const key = `rab_${randomBytes(32).toString('base64url')}`
  triedKeys.push(key)
  return key
}

async function get (url: string, remoteAddress: string, key: string) {
  return await app.inject({ url, remoteAddress, headers: { authorization: `Bearer ${key}`, accept: 'application/json' } })
}

test('past its budget of failures an address gets 429 with Retry-After, even for the right key, in the version\'s format', async () => {
  const address = '192.0.2.10'
  for (let attempt = 0; attempt < BUDGET; attempt++) assert.equal((await get('/v1/people', address, guessedKey())).statusCode, 401)

  const guessed = await get('/v1/people', address, guessedKey())
  assert.equal(guessed.statusCode, 429)
  assert.match(String(guessed.headers['retry-after']), /^\d+$/)
  assertErrorFormat('GET', '/v1/people', guessed)
  assert.match((guessed.json() as { message: string }).message, /^This address failed to authenticate 5 times within a minute; retry in \d+ s$/)

  const right = await get('/v1/people', address, reader)
  assert.equal(right.statusCode, 429, 'a right key must not be checked either, or guessing goes on at full speed')

  const inV2 = await get('/v2/people', address, reader)
  assert.equal(inV2.statusCode, 429)
  assertErrorFormat('GET', '/v2/people', inV2)
  assert.equal((inV2.json() as { type: string }).type, '/docs#problem-too-many-failed-attempts')
})

test('another address is not held back by the first one\'s failures', async () => {
  assert.equal((await get('/v1/people', '192.0.2.11', reader)).statusCode, 200)
  assert.equal((await get('/v1/people', '192.0.2.11', guessedKey())).statusCode, 401)
})

test('the addresses of one IPv6 /64 share one budget', async () => {
  for (let host = 1; host <= BUDGET; host++) assert.equal((await get('/v1/people', `2001:db8:77:1::${host}`, guessedKey())).statusCode, 401)
  assert.equal((await get('/v1/people', '2001:db8:77:1:abcd::1', reader)).statusCode, 429)
  assert.equal((await get('/v1/people', '2001:db8:77:2::1', reader)).statusCode, 200)
})

test('a key without the capability a route needs counts as a failure too', async () => {
  const address = '192.0.2.12'
  const write = async () => await app.inject({
    method: 'DELETE',
    url: '/v1/people/fred',
    remoteAddress: address,
    headers: { authorization: `Bearer ${reader}`, accept: 'application/json' }
  })
  for (let attempt = 0; attempt < BUDGET; attempt++) assert.equal((await write()).statusCode, 403)
  assert.equal((await write()).statusCode, 429)
})

test('a success uses none of the budget', async () => {
  const address = '192.0.2.13'
  for (let attempt = 0; attempt < BUDGET * 3; attempt++) assert.equal((await get('/v1/people', address, reader)).statusCode, 200)
  assert.equal((await get('/v1/people', address, guessedKey())).statusCode, 401)
})

test('over a real socket, the address counted is the connection\'s own', async () => {
  const port = await listenOnLoopback(app)
  const from = async (key: string) => await httpRequest(port, { path: '/v1/people', headers: { authorization: `Bearer ${key}`, accept: 'application/json' } })
  // The loopback address the client connects from is 127.0.0.1, shared by nothing else in this file.
  for (let attempt = 0; attempt < BUDGET; attempt++) assert.equal((await from(guessedKey())).status, 401)
  const refused = await from(reader)
  assert.equal(refused.status, 429)
  assert.match(String(refused.headers['retry-after']), /^\d+$/)
})

describe('behind a trusted proxy', () => {
  const PROXY = '192.0.2.200'
  let proxied: FastifyInstance
  let proxiedStore: Store
  let proxiedReader: string

  before(async () => {
    proxiedStore = openSqliteStore(IN_MEMORY)
    proxied = await buildApp({ store: proxiedStore, adminKey: ADMIN_KEY, authFailureLimit: BUDGET, trustedProxies: [PROXY] })
    proxiedReader = (await issueKey(proxied, ADMIN_KEY, 'reader', ['people:read'])).key
  })

  after(async () => {
    await proxied.close()
    await proxiedStore.close()
  })

  /** As nginx sends it: whatever X-Forwarded-For the client wrote, then the address the client connected from. */
  async function through (remoteAddress: string, forwardedFor: string, key: string) {
    return await proxied.inject({ url: '/v1/people', remoteAddress, headers: { 'x-forwarded-for': forwardedFor, authorization: `Bearer ${key}`, accept: 'application/json' } })
  }

  test('each client the proxy names has a budget of its own, so one cannot lock out the others', async () => {
    for (let attempt = 0; attempt < BUDGET; attempt++) assert.equal((await through(PROXY, '198.51.100.1', guessedKey())).statusCode, 401)
    assert.equal((await through(PROXY, '198.51.100.1', proxiedReader)).statusCode, 429)
    assert.equal((await through(PROXY, '198.51.100.2', proxiedReader)).statusCode, 200)
  })

  test('a client cannot pass for another by writing X-Forwarded-For itself', async () => {
    assert.equal((await through(PROXY, '198.51.100.2, 198.51.100.1', proxiedReader)).statusCode, 429)
  })

  test('from an address not listed, X-Forwarded-For is not read', async () => {
    const direct = '192.0.2.77'
    for (let attempt = 0; attempt < BUDGET; attempt++) assert.equal((await through(direct, `198.51.100.${10 + attempt}`, guessedKey())).statusCode, 401)
    assert.equal((await through(direct, '198.51.100.99', proxiedReader)).statusCode, 429)
  })
})

test('no key that was tried reaches the log', () => {
  const text = log.text()
  assert.ok(text.includes('"status":429'), 'the refused requests were not logged at all')
  assert.ok(triedKeys.length > BUDGET)
  for (const key of [...triedKeys, reader]) assert.ok(!text.includes(key), 'a tried key is in the log')
})
