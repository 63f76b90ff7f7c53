// Checks the settings read from the environment: their defaults, refusals of bad values, and the table the docs show of them.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { renderSettingsTable } from '../scripts/docs/settings-table.ts'
import { ConfigError, SETTINGS, readConfig } from '../src/config.ts'

const GOOD_ADMIN_KEY = 'k'.repeat(32)

function isConfigError (...mentions: string[]) {
  return (error: unknown): boolean => {
    assert.ok(error instanceof ConfigError, `expected a ConfigError, got ${String(error)}`)
    assert.equal(error.name, 'ConfigError')
    for (const mention of mentions) assert.ok(error.message.includes(mention), `"${error.message}" should mention ${mention}`)
    return true
  }
}

test('uses the documented defaults when nothing is set', () => {
  assert.deepEqual(readConfig({}), {
    host: 'localhost',
    port: 5000,
    databaseUrl: 'sqlite:./data/blueprint.sqlite',
    databasePoolSize: 10,
    storeTimeoutMs: 2000,
    storeOpenTimeoutMs: 60_000,
    adminKey: undefined,
    logLevel: 'info',
    bodyLimit: 64 * 1024,
    keyRefreshMs: 500,
    switchRefreshMs: 250,
    shutdownTimeoutMs: 10_000,
    rateLimit: 6000,
    authFailureLimit: 100,
    redisUrl: undefined,
    v1Sunset: undefined,
    corsOrigins: [],
    requirePreconditions: false,
    trustedProxies: [],
    requestTimeoutMs: 10_000,
    metrics: true,
    tracing: false
  })
})

test('reads every setting from the environment', () => {
  assert.deepEqual(readConfig({
    HOST: '0.0.0.0',
    PORT: '8080',
    DATABASE_URL: 'sqlite::memory:',
    DATABASE_POOL_SIZE: '25',
    STORE_TIMEOUT_MS: '1500',
    STORE_OPEN_TIMEOUT_MS: '0',
    BLUEPRINT_ADMIN_KEY: GOOD_ADMIN_KEY,
    LOG_LEVEL: 'debug',
    BODY_LIMIT: '1024',
    KEY_REFRESH_MS: '250',
    SHUTDOWN_TIMEOUT_MS: '3000',
    SWITCH_REFRESH_MS: '100',
    RATE_LIMIT: '60',
    AUTH_FAILURE_LIMIT: '10',
    REDIS_URL: 'redis://127.0.0.1:6379',
    V1_SUNSET: '2027-06-30T00:00:00Z',
    CORS_ORIGINS: 'https://a.example, https://b.example',
    REQUIRE_PRECONDITIONS: 'on',
    TRUSTED_PROXIES: '127.0.0.1, 10.0.0.0/8,2001:db8::/32 , loopback',
    REQUEST_TIMEOUT_MS: '5000',
    METRICS: 'off',
    OTEL_TRACES_EXPORTER: 'otlp'
  }), {
    host: '0.0.0.0',
    port: 8080,
    databaseUrl: 'sqlite::memory:',
    databasePoolSize: 25,
    storeTimeoutMs: 1500,
    storeOpenTimeoutMs: 0,
    adminKey: GOOD_ADMIN_KEY,
    logLevel: 'debug',
    bodyLimit: 1024,
    keyRefreshMs: 250,
    switchRefreshMs: 100,
    shutdownTimeoutMs: 3000,
    rateLimit: 60,
    authFailureLimit: 10,
    redisUrl: 'redis://127.0.0.1:6379',
    v1Sunset: new Date('2027-06-30T00:00:00Z'),
    corsOrigins: ['https://a.example', 'https://b.example'],
    requirePreconditions: true,
    trustedProxies: ['127.0.0.1', '10.0.0.0/8', '2001:db8::/32', 'loopback'],
    requestTimeoutMs: 5000,
    metrics: false,
    tracing: true
  })
})

test('reads the environment of the process when given none', () => {
  const saved = process.env.PORT
  process.env.PORT = '5123'
  try {
    assert.equal(readConfig().port, 5123)
  } finally {
    if (saved === undefined) delete process.env.PORT
    else process.env.PORT = saved
  }
})

test('treats an empty PORT as unset', () => {
  assert.equal(readConfig({ PORT: '' }).port, 5000)
})

test('refuses a PORT that is not a whole number, naming the variable and the value', () => {
  for (const text of ['abc', '-1', '1.5', '80abc', 'NaN', 'Infinity', '9007199254740993']) {
    assert.throws(() => readConfig({ PORT: text }), isConfigError('PORT', `"${text}"`), text)
  }
})

test('refuses a number setting that is not a whole number, whichever it is', () => {
  for (const name of ['BODY_LIMIT', 'KEY_REFRESH_MS', 'SHUTDOWN_TIMEOUT_MS', 'DATABASE_POOL_SIZE', 'STORE_TIMEOUT_MS', 'STORE_OPEN_TIMEOUT_MS']) {
    assert.throws(() => readConfig({ [name]: 'lots' }), isConfigError(name, '"lots"'), name)
  }
})

test('refuses a BLUEPRINT_ADMIN_KEY shorter than 32 characters', () => {
  assert.throws(() => readConfig({ BLUEPRINT_ADMIN_KEY: 'k'.repeat(31) }), isConfigError('BLUEPRINT_ADMIN_KEY', '32'))
})

test('counts an empty variable as unset', () => {
  assert.equal(readConfig({ BLUEPRINT_ADMIN_KEY: '' }).adminKey, undefined)
  assert.equal(readConfig({ PORT: '' }).port, 5000)
})

test('refuses an admin key that a Bearer header could not carry', () => {
  assert.throws(() => readConfig({ BLUEPRINT_ADMIN_KEY: 'correct horse battery staple, twice!' }), isConfigError('BLUEPRINT_ADMIN_KEY'))
})

test('refuses numbers written in any way but digits, and out of range', () => {
  for (const port of ['0x1F90', '1e3', '70000', '0', '-1', '8080.5']) {
    assert.throws(() => readConfig({ PORT: port }), isConfigError('PORT'), port)
  }
  assert.throws(() => readConfig({ KEY_REFRESH_MS: '0' }), isConfigError('KEY_REFRESH_MS'))
})

test('does not repeat a refused admin key in the error', () => {
  const shortKey = 'secret-but-short'
  assert.throws(() => readConfig({ BLUEPRINT_ADMIN_KEY: shortKey }), (error: unknown) => {
    assert.ok(error instanceof ConfigError)
    assert.equal(error.message.includes(shortKey), false)
    return true
  })
})

test('accepts a BLUEPRINT_ADMIN_KEY of exactly 32 characters', () => {
  assert.equal(readConfig({ BLUEPRINT_ADMIN_KEY: GOOD_ADMIN_KEY }).adminKey, GOOD_ADMIN_KEY)
})

test('the settings table lists every variable readConfig reads, each once, with its default', () => {
  const read = new Set<string>()
  // A proxy notes each variable asked for, whatever reads it.
  readConfig(new Proxy({}, { get: (_target, name) => { if (typeof name === 'string') read.add(name) } }))
  const table = renderSettingsTable(Object.values(SETTINGS))
  const listed = [...table.matchAll(/^\| `(\w+)` \| ([^|]+) \|/gm)].map(([, variable = '', shownDefault = '']) => ({ variable, shownDefault: shownDefault.trim() }))
  assert.deepEqual(listed.map(row => row.variable).sort(), [...read].sort())
  const defaults = readConfig({})
  for (const [field, setting] of Object.entries(SETTINGS)) {
    const value = defaults[field as keyof typeof defaults]
    if (typeof value === 'string' || typeof value === 'number') assert.equal(setting.shownDefault, `\`${value}\``, setting.variable)
  }
})

test('refuses TRUSTED_PROXIES that are not addresses, networks or the named ranges, naming the entry', () => {
  for (const entry of ['nginx.internal', '10.0.0.0/33', '2001:db8::/129', '10.0.0.1/8/8', '10.0.0.0/', '10.0.0.0/ 8', 'localhost', '*']) {
    assert.throws(() => readConfig({ TRUSTED_PROXIES: `127.0.0.1,${entry}` }), (error: Error) => {
      assert.ok(error instanceof ConfigError)
      assert.match(error.message, /^TRUSTED_PROXIES must list addresses \(127\.0\.0\.1\), networks \(10\.0\.0\.0\/8\) or loopback/)
      assert.ok(error.message.includes(`"${entry.trim()}"`), error.message)
      return true
    }, entry)
  }
})

test('refuses a METRICS that is neither on nor off', () => {
  for (const text of ['yes', 'true', '1', 'ON']) {
    assert.throws(() => readConfig({ METRICS: text }), isConfigError('METRICS', `"${text}"`), text)
  }
})

test('traces when OTEL_TRACES_EXPORTER names any exporter, none included', () => {
  for (const exporter of ['otlp', 'console', 'none']) assert.equal(readConfig({ OTEL_TRACES_EXPORTER: exporter }).tracing, true, exporter)
  assert.equal(readConfig({ OTEL_TRACES_EXPORTER: '' }).tracing, false)
})
