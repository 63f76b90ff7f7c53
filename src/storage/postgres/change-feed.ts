// Hears about changes to keys and switches the moment any instance commits them, over one dedicated connection that LISTENs, and reconnects when it drops.
import pg from 'pg'
import { pauseAfter } from '../../backoff.ts'
import { CHANGE_TOPICS } from '../store.ts'
import type { ChangeFeed, ChangeTopic } from '../store.ts'

export const CHANNEL = 'blueprint_changes'
// SQLSTATE 0A000 (feature_not_supported) and 42601 (syntax error): how
// PostgreSQL-compatible databases without LISTEN, such as CockroachDB and
// YugabyteDB, answer it.
const NOT_SUPPORTED = new Set(['0A000', '42601'])
const RETRY = { firstMs: 100, longestMs: 5000 }

/** How the keys and switches tables learn whether to announce their changes. */
export interface ChangeOptions {
  /** False on databases without LISTEN/NOTIFY, where polling the revision is all there is. */
  notifies: boolean
}

export interface PostgresChangeFeed extends ChangeFeed {
  close (): Promise<void>
}

function isTopic (payload: string | undefined): payload is ChangeTopic {
  return CHANGE_TOPICS.includes(payload as ChangeTopic)
}

function isNotSupported (error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' && NOT_SUPPORTED.has(code)
}

/**
 * Connects and LISTENs. Answers undefined when the database has no LISTEN:
 * then the periodic polling alone keeps instances in step. Any other failure
 * is retried in the background, so a brief outage does not stop the start.
 */
export async function openChangeFeed (config: pg.ClientConfig): Promise<PostgresChangeFeed | undefined> {
  const feed = new Listener(config)
  try {
    await feed.connect()
  } catch (error) {
    if (isNotSupported(error)) return undefined
    feed.retryLater(error)
  }
  return feed
}

class Listener implements PostgresChangeFeed {
  readonly #config: pg.ClientConfig
  readonly #listeners = new Set<(topic: ChangeTopic) => void>()
  readonly #watchers = new Set<(isConnected: boolean, cause?: unknown) => void>()
  #client: pg.Client | undefined
  /** Why the connection was last lost, or undefined while it is up. */
  #lostBecause: unknown
  #failures = 0
  #timer: NodeJS.Timeout | undefined
  #isClosed = false

  constructor (config: pg.ClientConfig) {
    this.#config = config
  }

  subscribe (listener: (topic: ChangeTopic) => void): () => void {
    this.#listeners.add(listener)
    return () => { this.#listeners.delete(listener) }
  }

  watchConnection (listener: (isConnected: boolean, cause?: unknown) => void): () => void {
    this.#watchers.add(listener)
    // Known from the moment openChangeFeed returns: its first attempt has either connected or failed.
    listener(this.#client !== undefined, this.#lostBecause)
    return () => { this.#watchers.delete(listener) }
  }

  /** One attempt: connect, LISTEN, then refresh everything, since changes made while nobody listened were missed. */
  async connect (): Promise<void> {
    // Not from the pool: a LISTEN belongs to one connection, which must stay open and do nothing else.
    const client = new pg.Client(this.#config)
    // A lost connection emits 'error' and then 'end'; 'end' is where it is
    // handled, and the error is kept to say why.
    let lastError: unknown
    client.on('error', (error) => { lastError = error })
    client.on('end', () => { this.#onEnd(client, lastError ?? new Error('The listening connection ended')) })
    client.on('notification', ({ payload }) => {
      // A topic this release does not know (from a newer one) is none of its business.
      if (isTopic(payload)) this.#tell(payload)
    })
    try {
      await client.connect()
      await client.query(`LISTEN ${CHANNEL}`)
    } catch (error) {
      await client.end().catch(() => {})
      throw error
    }
    if (this.#isClosed) {
      await client.end()
      return
    }
    this.#client = client
    this.#failures = 0
    if (this.#lostBecause !== undefined) {
      this.#lostBecause = undefined
      for (const watcher of this.#watchers) watcher(true)
    }
    for (const topic of CHANGE_TOPICS) this.#tell(topic)
  }

  /** Tries again after a pause that grows with each failure; watchers hear of the loss once, not of every attempt. */
  retryLater (cause: unknown): void {
    if (this.#isClosed) return
    if (this.#lostBecause === undefined) {
      this.#lostBecause = cause
      for (const watcher of this.#watchers) watcher(false, cause)
    }
    const pause = pauseAfter(this.#failures, RETRY)
    this.#failures += 1
    this.#timer = setTimeout(() => {
      this.connect().catch((error: unknown) => {
        if (!isNotSupported(error)) this.retryLater(error)
      })
    }, pause)
    // A pending retry alone must not keep a finished process alive.
    this.#timer.unref()
  }

  async close (): Promise<void> {
    this.#isClosed = true
    clearTimeout(this.#timer)
    const client = this.#client
    this.#client = undefined
    await client?.end()
  }

  #onEnd (client: pg.Client, cause: unknown): void {
    // Only the connection in use matters: one that failed while connecting is retried by its caller.
    if (client !== this.#client) return
    this.#client = undefined
    this.retryLater(cause)
  }

  #tell (topic: ChangeTopic): void {
    for (const listener of this.#listeners) listener(topic)
  }
}
