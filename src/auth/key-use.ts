// Which keys were used, written down together once a minute, so that an administrator can find the keys nobody uses any more.
import type { KeyStore } from '../storage/store.ts'

/**
 * Writing a key's last use on every request would make every read a write.
 * Uses are gathered in memory instead, as a set of key ids, and written
 * together once an interval: a key's `lastUsedAt` is the time of the write
 * that followed its use, at most one interval late. What an instance had not
 * written yet is lost only if it is killed; a close writes it first.
 */
/** How long a use counts as recent, for the keys whose expiry the metrics watch. */
const RECENT_MS = 24 * 60 * 60 * 1000

export class KeyUse {
  readonly #keys: Pick<KeyStore, 'markUsed'>
  #used = new Set<string>()
  /** When this instance last wrote down a use of each key it saw within RECENT_MS. */
  readonly #written = new Map<string, number>()
  #timer: NodeJS.Timeout | undefined

  constructor (keys: Pick<KeyStore, 'markUsed'>) {
    this.#keys = keys
  }

  note (keyId: string): void {
    this.#used.add(keyId)
  }

  /** Writes the uses gathered so far; uses it could not write are kept for the next time. */
  async write (): Promise<void> {
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

  startWriting (intervalMs: number, onError: (error: unknown) => void): void {
    this.#timer = setInterval(() => { this.write().catch(onError) }, intervalMs)
    // Waiting to write down uses is no reason to keep a process alive.
    this.#timer.unref()
  }

  stopWriting (): void {
    clearInterval(this.#timer)
  }
}
