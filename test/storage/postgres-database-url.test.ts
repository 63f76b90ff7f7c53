// Checks how a postgres:// URL becomes the adapter's settings and the URL the driver sees.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { ConfigError } from '../../src/config.ts'
import { readDatabaseUrl } from '../../src/storage/postgres/database-url.ts'

const BASE = 'postgres://app:secret@db.example:5432/blueprint'

test('a plain URL gets a pool of 10, no schema, a 2 s timeout, and reaches the driver unchanged', () => {
  assert.deepEqual(readDatabaseUrl(BASE), { connectionString: BASE, poolSize: 10, schema: undefined, timeoutMs: 2000 })
})

test('takes the timeout from the options', () => {
  assert.equal(readDatabaseUrl(BASE, { timeoutMs: 500 }).timeoutMs, 500)
})

test('takes the pool size from the options', () => {
  assert.equal(readDatabaseUrl(BASE, { poolSize: 25 }).poolSize, 25)
})

test('?pool= in the URL wins over the options', () => {
  assert.equal(readDatabaseUrl(`${BASE}?pool=3`, { poolSize: 25 }).poolSize, 3)
})

test('refuses a pool size that is not a whole number from 1 to 1000', () => {
  for (const pool of ['0', '1001', '-1', '2.5', 'ten', '', '0x10']) {
    assert.throws(() => readDatabaseUrl(`${BASE}?pool=${pool}`), ConfigError, `pool=${pool}`)
  }
})

test('reads ?schema= and keeps it from the driver', () => {
  const settings = readDatabaseUrl(`${BASE}?schema=run_abc123`)
  assert.equal(settings.schema, 'run_abc123')
  assert.equal(settings.connectionString, BASE)
})

test('refuses a schema name that would need quoting', () => {
  for (const schema of ['Run', 'run-1', '1run', 'run;drop', 'a'.repeat(64), '']) {
    assert.throws(() => readDatabaseUrl(`${BASE}?schema=${encodeURIComponent(schema)}`), ConfigError, `schema=${schema}`)
  }
})

test('passes on the parameters the driver reads and drops every other one', () => {
  const settings = readDatabaseUrl(`${BASE}?sslmode=require&pool=4&application_name=api&schema=s&typo=1&options=-c%20x%3Dy`)
  assert.equal(settings.connectionString, `${BASE}?sslmode=require&application_name=api`)
})
