// Typed settings read once from the environment, with the defaults the contract names.
export interface Config {
  host: string
  port: number
  databaseUrl: string
  /** Connections each instance keeps to PostgreSQL; SQLite ignores it. */
  databasePoolSize: number
  /** The longest a request waits for a database connection, and for each statement, before it fails with a 503. */
  storeTimeoutMs: number
  adminKey: string | undefined
  logLevel: string
  bodyLimit: number
  keyRefreshMs: number
  switchRefreshMs: number
  shutdownTimeoutMs: number
  /** Requests per minute per key. */
  rateLimit: number
  /** Where rate-limit counters are shared between instances; in memory when unset. */
  redisUrl: string | undefined
  /** When v1 goes away, announced in its Sunset header once v1.deprecated is on. */
  v1Sunset: Date | undefined
  /** Browser origins allowed to call the API (CORS); none by default. */
  corsOrigins: string[]
  /** The longest a client may take to send a whole request, headers included. */
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

const MIN_ADMIN_KEY_LENGTH = 32
// What an Authorization: Bearer header can carry (RFC 6750 §2.1); any other key could never be sent.
const BEARER_TOKEN = /^[\w\-.~+/]+=*$/
const DIGITS = /^\d+$/

export function readConfig (env: NodeJS.ProcessEnv = process.env): Config {
  return {
    host: readText(env, 'HOST') ?? 'localhost',
    port: readInteger(env, 'PORT', 5000, { min: 1, max: 65_535 }),
    databaseUrl: readText(env, 'DATABASE_URL') ?? 'sqlite:./data/blueprint.sqlite',
    databasePoolSize: readInteger(env, 'DATABASE_POOL_SIZE', 10, { min: 1, max: 1000 }),
    storeTimeoutMs: readInteger(env, 'STORE_TIMEOUT_MS', 2000, { min: 100, max: 600_000 }),
    adminKey: readAdminKey(env),
    logLevel: readText(env, 'LOG_LEVEL') ?? 'info',
    bodyLimit: readInteger(env, 'BODY_LIMIT', 64 * 1024, { min: 1, max: 100 * 1024 * 1024 }),
    keyRefreshMs: readInteger(env, 'KEY_REFRESH_MS', 500, { min: 10, max: 60_000 }),
    switchRefreshMs: readInteger(env, 'SWITCH_REFRESH_MS', 250, { min: 10, max: 60_000 }),
    shutdownTimeoutMs: readInteger(env, 'SHUTDOWN_TIMEOUT_MS', 10_000, { min: 1, max: 600_000 }),
    rateLimit: readInteger(env, 'RATE_LIMIT', 6000, { min: 1, max: 100_000_000 }),
    redisUrl: readText(env, 'REDIS_URL'),
    v1Sunset: readDate(env, 'V1_SUNSET'),
    corsOrigins: readText(env, 'CORS_ORIGINS')?.split(',').map(origin => origin.trim()).filter(Boolean) ?? [],
    requestTimeoutMs: readInteger(env, 'REQUEST_TIMEOUT_MS', 10_000, { min: 100, max: 600_000 }),
    metrics: readOnOff(env, 'METRICS', true),
    tracing: readText(env, 'OTEL_TRACES_EXPORTER') !== undefined && readText(env, 'OTEL_SDK_DISABLED')?.toLowerCase() !== 'true'
  }
}

function readOnOff (env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const text = readText(env, name)
  if (text === undefined) return fallback
  if (text === 'on' || text === 'off') return text === 'on'
  throw new ConfigError(`${name} must be on or off, not "${text}"`)
}

function readDate (env: NodeJS.ProcessEnv, name: string): Date | undefined {
  const text = readText(env, name)
  if (text === undefined) return undefined
  const date = new Date(text)
  if (Number.isNaN(date.getTime())) throw new ConfigError(`${name} must be a date such as 2027-06-30T00:00:00Z, not "${text}"`)
  return date
}

/** An empty variable counts as unset, as shells and container files often leave them. */
function readText (env: NodeJS.ProcessEnv, name: string): string | undefined {
  const text = env[name]?.trim()
  return text === undefined || text === '' ? undefined : text
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

function readInteger (env: NodeJS.ProcessEnv, name: string, fallback: number, range: { min: number, max: number }): number {
  const text = readText(env, name)
  if (text === undefined) return fallback
  const value = Number(text)
  // Digits only: Number() would also take "0x1F90" or "1e3", which nobody means in a port.
  if (!DIGITS.test(text) || value < range.min || value > range.max) {
    throw new ConfigError(`${name} must be a whole number from ${range.min} to ${range.max}, not "${text}"`)
  }
  return value
}
