// Which keys were used, written down together once a minute, so that an administrator can find the keys nobody uses any more.
import type { KeyStore } from '../storage/store.ts'

/** How long a use counts as recent, for the keys whose expiry the metrics watch. */
const RECENT_MS = 24 * 60 * 60 * 1000

/**
 * Writing a key's last use on every request would make every read a write.
 * Uses are gathered in memory instead, as a set of key ids, and written
 * together once an interval: a key's `lastUsedAt` is the time of the write
 * that followed its use, at most one interval late. What an instance had not
 * written yet is lost only if it is killed; a close writes it first.
 */
export class KeyUse {
  readonly #keys: Pick<KeyStore, 'markUsed'>
  readonly #onError: (error: unknown) => void
  #used = new Set<string>()
  /** When this instance last wrote down a use of each key it saw within RECENT_MS. */
  readonly #written = new Map<string, number>()
  // Writes take turns: a caller that waits for its write has also waited for
  // the one before, so a listing never reads the store before a write still on its way.
  #lastWrite: Promise<void> = Promise.resolve()
  #timer: NodeJS.Timeout | undefined

  /** `onError` hears of a write that failed where nobody waits for one: the timer's, a listing's, a close's. */
  constructor (keys: Pick<KeyStore, 'markUsed'>, onError: (error: unknown) => void) {
    this.#keys = keys
    this.#onError = onError
  }

  note (keyId: string): void {
    this.#used.add(keyId)
  }

  /** Writes the uses gathered so far, after any write before it; uses it could not write are kept for the next time. */
  async write (): Promise<void> {
    const write = this.#lastWrite.then(async () => { await this.#writeGathered() })
    this.#lastWrite = write.catch(() => {})
    await write
  }

  /**
   * As write(), for those who must not fail because of it: the list of keys
   * is a read, and a store with no room for a use (a full disk) must not
   * turn it into an error.
   */
  async flush (): Promise<void> {
    await this.write().catch(this.#onError)
  }

  async #writeGathered (): Promise<void> {
    if (this.#used.size === 0) return
    const ids = [...this.#used]
    this.#used = new Set()
    const now = Date.now()
    try {
      await this.#keys.markUsed(ids, new Date(now).toISOString())
    } catch (error) {
      for (const id of ids) this.#used.add(id)
      throw error
    }
    for (const id of ids) this.#written.set(id, now)
    for (const [id, at] of this.#written) if (now - at > RECENT_MS) this.#written.delete(id)
  }

  /** The keys this instance saw used within the last day, to the interval of its writes. */
  recentlyUsed (): ReadonlySet<string> {
    const since = Date.now() - RECENT_MS
    return new Set([...this.#written].filter(([, at]) => at >= since).map(([id]) => id))
  }

  startWriting (intervalMs: number): void {
    this.#timer = setInterval(() => { this.write().catch(this.#onError) }, intervalMs)
    // Waiting to write down uses is no reason to keep a process alive.
    this.#timer.unref()
  }

  stopWriting (): void {
    clearInterval(this.#timer)
  }
}
