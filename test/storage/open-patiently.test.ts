// Opening the store at start: an unreachable one is tried again until the deadline, anything else fails at once, and where it was tried is told without the password.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { ConfigError } from '../../src/config.ts'
import { openPatiently, StoreNotOpenedError } from '../../src/storage/open-patiently.ts'
import { locateStore, whatToCheck } from '../../src/storage/store-location.ts'
import { StoreUnavailableError } from '../../src/storage/store.ts'
import { findFreePort } from '../reliability/server-process.ts'

test('an unreachable PostgreSQL is tried again with pauses until the deadline, then reported with every attempt counted', async () => {
  const port = await findFreePort()
  const waits: unknown[] = []
  const error = await openPatiently(`postgres://app:pw@127.0.0.1:${port}/test`, { timeoutMs: 500 }, { withinMs: 800, onWaiting: cause => waits.push(cause) })
    .then(() => assert.fail('nothing listens there'), (error: unknown) => error)
  assert.ok(error instanceof StoreNotOpenedError)
  assert.ok(error.attempts >= 3, `${error.attempts} attempts`)
  assert.ok(error.waitedMs >= 800 && error.waitedMs < 2000, `${error.waitedMs} ms`)
  assert.ok(error.cause instanceof StoreUnavailableError)
  assert.equal(waits.length, 1)
})

test('a DATABASE_URL that names no store fails at once', async () => {
  const error = await openPatiently('mysql://db/blueprint', {}, { withinMs: 10_000 }).catch((error: unknown) => error)
  assert.ok(error instanceof StoreNotOpenedError)
  assert.equal(error.attempts, 1)
  assert.ok(error.cause instanceof ConfigError)
})

test('a store location names host, port, database and user, never the password', () => {
  const location = locateStore('postgres://app:s3cret@db.internal:5439/blueprint?schema=x')
  assert.deepEqual(location, { engine: 'postgresql', host: 'db.internal', port: 5439, database: 'blueprint', user: 'app' })
  assert.doesNotMatch(JSON.stringify(location), /s3cret/)
  assert.deepEqual(locateStore('postgresql://db'), { engine: 'postgresql', host: 'db', port: 5432, database: '', user: '' })
  assert.deepEqual(locateStore('sqlite:./data/x.sqlite'), { engine: 'sqlite', path: './data/x.sqlite' })
  assert.equal(locateStore('mysql://db'), undefined)
})

test('what to check depends on why: unreachable, refused, or a wrong URL', () => {
  const location = locateStore('postgres://app@db.internal:5439/blueprint')
  assert.match(whatToCheck(location, new StoreUnavailableError('gone')), /PostgreSQL is running and accepts connections at db\.internal:5439.*STORE_OPEN_TIMEOUT_MS/)
  assert.match(whatToCheck(location, new Error('password authentication failed for user "app"')), /user, password and database in DATABASE_URL/)
  assert.equal(whatToCheck(undefined, new ConfigError('DATABASE_URL must start with sqlite:')), 'Correct DATABASE_URL.')
})
