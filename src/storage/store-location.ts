// Where DATABASE_URL points, told without its password, and what an operator should check when the store cannot be opened there.
import { ConfigError } from '../config.ts'
import { StoreUnavailableError } from './store.ts'

export type StoreLocation =
  | { engine: 'postgresql', host: string, port: number, database: string, user: string }
  | { engine: 'sqlite', path: string }

const POSTGRES_PORT = 5432

/** Undefined for a URL that names no store at all, which is reported as a ConfigError instead. */
export function locateStore (databaseUrl: string): StoreLocation | undefined {
  if (databaseUrl.startsWith('sqlite:')) return { engine: 'sqlite', path: databaseUrl.slice('sqlite:'.length) }
  if (!URL.canParse(databaseUrl)) return undefined
  const url = new URL(databaseUrl)
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') return undefined
  // The password is the one part of the URL that is never read out.
  const user = decodeURIComponent(url.username)
  return {
    engine: 'postgresql',
    host: url.hostname === '' ? 'localhost' : url.hostname,
    port: url.port === '' ? POSTGRES_PORT : Number(url.port),
    database: decodeURIComponent(url.pathname.slice(1)) || user,
    user
  }
}

/** One sentence for the log line that ends a start: what to look at first. */
export function whatToCheck (location: StoreLocation | undefined, cause: unknown): string {
  if (cause instanceof ConfigError || location === undefined) return 'Correct DATABASE_URL.'
  if (location.engine === 'sqlite') {
    return `Check that the directory of ${location.path} exists or can be made, that this process may write there, and that the disk has room.`
  }
  const where = `${location.host}:${location.port}`
  if (cause instanceof StoreUnavailableError) {
    return `Check that PostgreSQL is running and accepts connections at ${where}, that DATABASE_URL names that host and port, ` +
      'that no firewall is in between, and PostgreSQL\'s own log; STORE_OPEN_TIMEOUT_MS sets how long to keep trying.'
  }
  return `PostgreSQL at ${where} answered but refused: check the user, password and database in DATABASE_URL, and PostgreSQL's own log.`
}
