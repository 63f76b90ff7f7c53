// Typed settings read once from the environment, with the defaults the contract names.
export interface Config {
  host: string
  port: number
  databaseUrl: string
  adminKey: string | undefined
  logLevel: string
  bodyLimit: number
  keyRefreshMs: number
  shutdownTimeoutMs: number
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError'
}

const MIN_ADMIN_KEY_LENGTH = 32

export function readConfig (env: NodeJS.ProcessEnv = process.env): Config {
  const adminKey = env.BLUEPRINT_ADMIN_KEY
  // A short admin key is a guessable admin key: refuse to start rather than run exposed.
  if (adminKey !== undefined && adminKey.length < MIN_ADMIN_KEY_LENGTH) {
    throw new ConfigError(`BLUEPRINT_ADMIN_KEY must be at least ${MIN_ADMIN_KEY_LENGTH} characters`)
  }
  return {
    host: env.HOST ?? 'localhost',
    port: readInteger(env, 'PORT', 5000),
    databaseUrl: env.DATABASE_URL ?? 'sqlite:./data/blueprint.sqlite',
    adminKey,
    logLevel: env.LOG_LEVEL ?? 'info',
    bodyLimit: readInteger(env, 'BODY_LIMIT', 64 * 1024),
    keyRefreshMs: readInteger(env, 'KEY_REFRESH_MS', 500),
    shutdownTimeoutMs: readInteger(env, 'SHUTDOWN_TIMEOUT_MS', 10_000)
  }
}

function readInteger (env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = env[name]
  if (text === undefined || text === '') return fallback
  const value = Number(text)
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new ConfigError(`${name} must be a whole number, not "${text}"`)
  }
  return value
}
