// Hears about changes to keys and switches the moment any instance commits them, over one dedicated connection that LISTENs, and reconnects when it drops.
import pg from 'pg'
import type { ChangeFeed, ChangeTopic } from '../store.ts'

export const CHANNEL = 'blueprint_changes'
const TOPICS: readonly ChangeTopic[] = ['keys', 'switches']
// SQLSTATE 0A000 (feature_not_supported) and 42601 (syntax error): how
// PostgreSQL-compatible databases without LISTEN, such as CockroachDB and
// YugabyteDB, answer it.
const NOT_SUPPORTED = new Set(['0A000', '42601'])
const FIRST_RETRY_MS = 100
const LONGEST_RETRY_MS = 5000

/** How the keys and switches tables learn whether to announce their changes. */
export interface ChangeOptions {
  /** False on databases without LISTEN/NOTIFY, where polling the revision is all there is. */
  notifies: boolean
}

export interface PostgresChangeFeed extends ChangeFeed {
  close (): Promise<void>
}

function isTopic (payload: string | undefined): payload is ChangeTopic {
  return TOPICS.includes(payload as ChangeTopic)
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
    feed.retryLater()
  }
  return feed
}

class Listener implements PostgresChangeFeed {
  readonly #config: pg.ClientConfig
  readonly #listeners = new Set<(topic: ChangeTopic) => void>()
  #client: pg.Client | undefined
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

  /** One attempt: connect, LISTEN, then refresh everything, since changes made while nobody listened were missed. */
  async connect (): Promise<void> {
    // Not from the pool: a LISTEN belongs to one connection, which must stay open and do nothing else.
    const client = new pg.Client(this.#config)
    // A lost connection emits 'error' and then 'end'; 'end' is where it is handled.
    client.on('error', () => {})
    client.on('end', () => { this.#onEnd(client) })
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
    for (const topic of TOPICS) this.#tell(topic)
  }

  /** Tries again after a pause that doubles with each failure, so a database that is down is not hammered by every instance at once. */
  retryLater (): void {
    if (this.#isClosed) return
    const pause = Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** this.#failures)
    this.#failures += 1
    // Somewhere between half and all of the pause, so that instances that lost the database together do not return in lockstep.
    this.#timer = setTimeout(() => {
      this.connect().catch((error: unknown) => {
        if (!isNotSupported(error)) this.retryLater()
      })
    }, pause * (0.5 + Math.random() / 2))
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

  #onEnd (client: pg.Client): void {
    // Only the connection in use matters: one that failed while connecting is retried by its caller.
    if (client !== this.#client) return
    this.#client = undefined
    this.retryLater()
  }

  #tell (topic: ChangeTopic): void {
    for (const listener of this.#listeners) listener(topic)
  }
}
