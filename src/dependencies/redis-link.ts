// The connection to Redis that rate limits share, watched: it tells at any moment whether Redis answers, and logs only when that changes.
import { Redis } from 'ioredis'
import type { DependencyStates } from './states.ts'

// A rate-limit count takes well under a millisecond: a Redis this slow is
// treated as gone, and each request waits for it at most once.
const COMMAND_TIMEOUT_MS = 500
// How often a Redis that stopped answering while connected is asked again.
const PROBE_EVERY_MS = 1000

export class RedisLink {
  readonly client: Redis
  readonly #states: DependencyStates
  #probe: NodeJS.Timeout | undefined
  #isClosing = false

  constructor (url: string, states: DependencyStates) {
    this.#states = states
    states.set('redis', 'connecting')
    // Fail fast rather than queue commands while Redis is away: requests must not wait for it.
    this.client = new Redis(url, { connectTimeout: 1000, commandTimeout: COMMAND_TIMEOUT_MS, maxRetriesPerRequest: 1, enableOfflineQueue: false })
    // Without a listener, ioredis prints every failed reconnection, stack
    // and all, outside the JSON log; with one, it reconnects just the same.
    this.client.on('error', (error: unknown) => { this.#lost(error) })
    this.client.on('close', () => { this.#lost(new Error('The connection to Redis closed')) })
    this.client.on('ready', () => { this.#back() })
  }

  /** True while Redis answers; rate limits are then counted there. */
  get isUp (): boolean {
    return this.#states.get('redis') === 'ok'
  }

  /**
   * A command failed, or timed out, while the connection looked up: a Redis
   * that hangs gives no other sign. Rate limits are counted in memory from
   * now on, and Redis is pinged until it answers again.
   */
  commandFailed (error: unknown): void {
    this.#lost(error)
    this.#probe ??= setInterval(() => {
      if (this.client.status === 'ready') this.client.ping().then(() => { this.#back() }, () => {})
    }, PROBE_EVERY_MS)
    // A probe alone must not keep a finished process alive.
    this.#probe.unref()
  }

  close (): void {
    this.#isClosing = true
    clearInterval(this.#probe)
    this.client.disconnect()
  }

  #lost (cause: unknown): void {
    if (this.#isClosing) return
    this.#states.set('redis', 'unreachable', cause)
  }

  #back (): void {
    clearInterval(this.#probe)
    this.#probe = undefined
    this.#states.set('redis', 'ok')
  }
}
