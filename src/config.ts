// Typed settings read once from the environment, each declared once with its default and meaning, which the settings table in the docs is generated from.
import { isIP } from 'node:net'

export interface Config {
  host: string
  port: number
  databaseUrl: string
  databasePoolSize: number
  storeTimeoutMs: number
  /** How long the server keeps trying to reach the store at start, with /ready at 503, before it gives up and exits. */
  storeOpenTimeoutMs: number
  adminKey: string | undefined
  logLevel: string
  bodyLimit: number
  keyRefreshMs: number
  switchRefreshMs: number
  shutdownTimeoutMs: number
  rateLimit: number
  /** Failed authentications per minute per client address before it gets 429. */
  authFailureLimit: number
  redisUrl: string | undefined
  v1Sunset: Date | undefined
  corsOrigins: string[]
  requirePreconditions: boolean
  /** The proxies whose X-Forwarded-For names the client: addresses, networks, or loopback, linklocal and uniquelocal. */
  trustedProxies: string[]
  requestTimeoutMs: number
  /** Count requests and store calls for Prometheus, at GET /metrics. */
  metrics: boolean
  /**
   * Whether OTEL_TRACES_EXPORTER asks for traces, so that OpenTelemetry is
   * loaded at all. Its SDK reads the exporter and the other OTEL_* variables itself.
   */
  tracing: boolean
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError'
}

/** One environment variable: how it is read, and how the settings table describes it. */
export interface Setting<T> {
  variable: string
  /** The default, as the table shows it: a phrase of Markdown. */
  shownDefault: string
  /** What it sets, as the table says it: a phrase of Markdown. */
  meaning: string
  /** For a number: the smallest and largest accepted. */
  range?: Range
  read: (env: NodeJS.ProcessEnv) => T
}

interface Range {
  min: number
  max: number
}

const MIN_ADMIN_KEY_LENGTH = 32
// What an Authorization: Bearer header can carry (RFC 6750 §2.1); any other key could never be sent.
const BEARER_TOKEN = /^[\w\-.~+/]+=*$/
const DIGITS = /^\d+$/

/**
 * Every setting, in the order of the table. The type asks for one setting per
 * field of Config, of that field's type, so a field cannot be read without
 * being documented, nor documented without being read.
 */
export const SETTINGS: { readonly [Field in keyof Config]: Setting<Config[Field]> } = {
  host: text('HOST', 'localhost', 'where to listen: `0.0.0.0` to accept connections from other machines or containers'),
  port: integer('PORT', 5000, { min: 1, max: 65_535 }, 'the port to listen on'),
  databaseUrl: text('DATABASE_URL', 'sqlite:./data/blueprint.sqlite',
    'the store: `sqlite:PATH`, `sqlite::memory:` for one that lives and dies with the process, or `postgres://…` (`?schema=` picks a schema)'),
  databasePoolSize: integer('DATABASE_POOL_SIZE', 10, { min: 1, max: 1000 }, 'PostgreSQL connections per instance, which SQLite ignores'),
  storeTimeoutMs: integer('STORE_TIMEOUT_MS', 2000, { min: 100, max: 600_000 },
    'the longest a request waits for a PostgreSQL connection, and for each statement, before it fails with `503`'),
  storeOpenTimeoutMs: integer('STORE_OPEN_TIMEOUT_MS', 60_000, { min: 0, max: 3_600_000 },
    'how long the server keeps trying to reach the store at start, answering `/ready` with `503` meanwhile, before it exits; `0` tries once'),
  adminKey: {
    variable: 'BLUEPRINT_ADMIN_KEY',
    shownDefault: 'unset',
    meaning: `an admin key of ${MIN_ADMIN_KEY_LENGTH} or more characters, held only in memory`,
    read: readAdminKey
  },
  logLevel: text('LOG_LEVEL', 'info', 'the least severe log lines written: `debug`, `info`, `warn` or `error`'),
  bodyLimit: integer('BODY_LIMIT', 64 * 1024, { min: 1, max: 100 * 1024 * 1024 }, 'the largest request body, in bytes; a larger one is `413`'),
  keyRefreshMs: integer('KEY_REFRESH_MS', 500, { min: 10, max: 60_000 }, 'how often an instance looks for keys created or revoked elsewhere, in milliseconds'),
  switchRefreshMs: integer('SWITCH_REFRESH_MS', 250, { min: 10, max: 60_000 }, 'how often an instance looks for switches flipped elsewhere, in milliseconds'),
  shutdownTimeoutMs: integer('SHUTDOWN_TIMEOUT_MS', 10_000, { min: 1, max: 600_000 }, 'how long `SIGTERM` waits for requests in flight, in milliseconds'),
  rateLimit: integer('RATE_LIMIT', 6000, { min: 1, max: 100_000_000 }, 'requests per minute per key'),
  authFailureLimit: integer('AUTH_FAILURE_LIMIT', 100, { min: 1, max: 100_000_000 },
    'failed authentications (`401`, `403`) per minute per client address, IPv6 by /64, before it gets `429`'),
  redisUrl: {
    variable: 'REDIS_URL',
    shownDefault: 'unset',
    meaning: 'a Redis server where instances share their rate-limit counters; each counts alone when unset',
    read: env => readText(env, 'REDIS_URL')
  },
  v1Sunset: {
    variable: 'V1_SUNSET',
    shownDefault: '180 days after deprecation',
    meaning: 'the date v1 goes away, such as `2027-06-30T00:00:00Z`, announced in its `Sunset` header while `v1.deprecated` is on; once `v1.retired` is on, `Sunset` says when that happened instead',
    read: env => readDate(env, 'V1_SUNSET')
  },
  corsOrigins: {
    variable: 'CORS_ORIGINS',
    shownDefault: 'unset',
    meaning: 'the browser origins allowed to call the API, separated by commas; none when unset',
    read: env => readText(env, 'CORS_ORIGINS')?.split(',').map(origin => origin.trim()).filter(Boolean) ?? []
  },
  requirePreconditions: {
    variable: 'REQUIRE_PRECONDITIONS',
    shownDefault: '`off`',
    meaning: '`on` or `off`: refuse a `PUT`, `PATCH` or `DELETE` of a person that sends neither `If-Match` nor `If-None-Match`, with `428`, so that no client overwrites a change it never read',
    read: env => readOnOff(env, 'REQUIRE_PRECONDITIONS', false)
  },
  trustedProxies: {
    variable: 'TRUSTED_PROXIES',
    shownDefault: 'unset',
    meaning: 'the proxies in front of the API, such as `127.0.0.1` or `10.0.0.0/8` or `loopback`, separated by commas: a request through one of them is counted against the client its `X-Forwarded-For` names, for failed authentications and for requests without a key; unset, against the address that connected',
    read: env => readProxies(env, 'TRUSTED_PROXIES')
  },
  requestTimeoutMs: integer('REQUEST_TIMEOUT_MS', 10_000, { min: 100, max: 600_000 },
    'the longest a client may take to send a whole request, in milliseconds; the headers get half of it'),
  metrics: {
    variable: 'METRICS',
    shownDefault: '`on`',
    meaning: '`on` or `off`: count requests and store calls, served at `GET /metrics` to keys with the `metrics` capability',
    read: env => readOnOff(env, 'METRICS', true)
  },
  tracing: {
    variable: 'OTEL_TRACES_EXPORTER',
    shownDefault: 'unset',
    meaning: 'traces with OpenTelemetry when set (`otlp`, `console` or `none`); unset, its code is not even loaded. The SDK reads the other standard `OTEL_*` variables itself, `OTEL_SDK_DISABLED` among them',
    read: env => readText(env, 'OTEL_TRACES_EXPORTER') !== undefined
  }
}

export function readConfig (env: NodeJS.ProcessEnv = process.env): Config {
  const read = <Field extends keyof Config>(field: Field): Config[Field] => SETTINGS[field].read(env)
  return {
    host: read('host'),
    port: read('port'),
    databaseUrl: read('databaseUrl'),
    databasePoolSize: read('databasePoolSize'),
    storeTimeoutMs: read('storeTimeoutMs'),
    storeOpenTimeoutMs: read('storeOpenTimeoutMs'),
    adminKey: read('adminKey'),
    logLevel: read('logLevel'),
    bodyLimit: read('bodyLimit'),
    keyRefreshMs: read('keyRefreshMs'),
    switchRefreshMs: read('switchRefreshMs'),
    shutdownTimeoutMs: read('shutdownTimeoutMs'),
    rateLimit: read('rateLimit'),
    authFailureLimit: read('authFailureLimit'),
    redisUrl: read('redisUrl'),
    v1Sunset: read('v1Sunset'),
    corsOrigins: read('corsOrigins'),
    requirePreconditions: read('requirePreconditions'),
    trustedProxies: read('trustedProxies'),
    requestTimeoutMs: read('requestTimeoutMs'),
    metrics: read('metrics'),
    tracing: read('tracing')
  }
}

function text (variable: string, fallback: string, meaning: string): Setting<string> {
  return { variable, shownDefault: `\`${fallback}\``, meaning, read: env => readText(env, variable) ?? fallback }
}

function integer (variable: string, fallback: number, range: Range, meaning: string): Setting<number> {
  return { variable, shownDefault: `\`${fallback}\``, meaning, range, read: env => readInteger(env, variable, fallback, range) }
}

/** An empty variable counts as unset, as shells and container files often leave them. */
function readText (env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name]?.trim()
  return value === undefined || value === '' ? undefined : value
}

function readOnOff (env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const text = readText(env, name)
  if (text === undefined) return fallback
  if (text === 'on' || text === 'off') return text === 'on'
  throw new ConfigError(`${name} must be on or off, not "${text}"`)
}

function readDate (env: NodeJS.ProcessEnv, name: string): Date | undefined {
  const value = readText(env, name)
  if (value === undefined) return undefined
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) throw new ConfigError(`${name} must be a date such as 2027-06-30T00:00:00Z, not "${value}"`)
  return date
}

// The names proxy-addr, which Fastify's trustProxy uses, gives to the ranges every machine has.
const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal'])

function readProxies (env: NodeJS.ProcessEnv, name: string): string[] {
  const entries = readText(env, name)?.split(',').map(entry => entry.trim()).filter(Boolean) ?? []
  for (const entry of entries) {
    if (!NAMED_RANGES.has(entry) && !isAddressOrNetwork(entry)) {
      throw new ConfigError(`${name} must list addresses (127.0.0.1), networks (10.0.0.0/8) or loopback, linklocal, uniquelocal, separated by commas; "${entry}" is none of these`)
    }
  }
  return entries
}

function isAddressOrNetwork (entry: string): boolean {
  const [address = '', prefix, ...rest] = entry.split('/')
  const family = isIP(address)
  if (family === 0 || rest.length > 0) return false
  return prefix === undefined || (DIGITS.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128))
}

function readAdminKey (env: NodeJS.ProcessEnv): string | undefined {
  const adminKey = readText(env, 'BLUEPRINT_ADMIN_KEY')
  if (adminKey === undefined) return undefined
  // A short admin key is a guessable admin key: refuse to start rather than run exposed.
  if (adminKey.length < MIN_ADMIN_KEY_LENGTH) {
    throw new ConfigError(`BLUEPRINT_ADMIN_KEY must be at least ${MIN_ADMIN_KEY_LENGTH} characters`)
  }
  if (!BEARER_TOKEN.test(adminKey)) {
    throw new ConfigError('BLUEPRINT_ADMIN_KEY may hold only letters, digits and - . _ ~ + / (then =), to fit a Bearer header')
  }
  return adminKey
}

function readInteger (env: NodeJS.ProcessEnv, name: string, fallback: number, range: Range): number {
  const value = readText(env, name)
  if (value === undefined) return fallback
  const number = Number(value)
  // Digits only: Number() would also take "0x1F90" or "1e3", which nobody means in a port.
  if (!DIGITS.test(value) || number < range.min || number > range.max) {
    throw new ConfigError(`${name} must be a whole number from ${range.min} to ${range.max}, not "${value}"`)
  }
  return number
}
