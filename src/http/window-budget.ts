// Counts events per name (a key's id, an address group) in fixed windows, in a map of bounded size, without waiting for anything.

export interface WindowBudgetOptions {
  /** Events each name may cause in one window. */
  limit: number
  windowMs: number
  /** The most names remembered at once; past it, the longest-known is forgotten. */
  capacity: number
}

export interface Tally {
  remaining: number
  /** Seconds until the window ends and every count starts again. */
  ttlInSeconds: number
  isExceeded: boolean
}

/**
 * One window for all names, started by the first event after the last one
 * ended: clearing the map then costs nothing per name, and a window never
 * holds more than `capacity` entries, however many names a client can make up.
 */
export class WindowBudget {
  readonly #limit: number
  readonly #windowMs: number
  readonly #capacity: number
  readonly #counts = new Map<string, number>()
  #windowEndsAt = 0

  constructor ({ limit, windowMs, capacity }: WindowBudgetOptions) {
    this.#limit = limit
    this.#windowMs = windowMs
    this.#capacity = capacity
  }

  /** Counts one event of `name`; exceeded once it has caused more than `limit` in this window. */
  spend (name: string, now = Date.now()): Tally {
    this.#startWindowIfOver(now)
    const count = (this.#counts.get(name) ?? 0) + 1
    if (count === 1 && this.#counts.size >= this.#capacity) this.#forgetOldest()
    this.#counts.set(name, count)
    return { remaining: Math.max(0, this.#limit - count), ttlInSeconds: this.#secondsLeft(now), isExceeded: count > this.#limit }
  }

  /** True until the first event since the map was last cleared: a check that costs less than naming what to look up. */
  get isEmpty (): boolean {
    return this.#counts.size === 0
  }

  /** Seconds until `name` may cause events again, or 0 while it has budget left; counts nothing. */
  secondsBlocked (name: string, now = Date.now()): number {
    this.#startWindowIfOver(now)
    return (this.#counts.get(name) ?? 0) >= this.#limit ? this.#secondsLeft(now) : 0
  }

  #startWindowIfOver (now: number): void {
    if (now < this.#windowEndsAt) return
    this.#counts.clear()
    this.#windowEndsAt = now + this.#windowMs
  }

  #secondsLeft (now: number): number {
    return Math.max(1, Math.ceil((this.#windowEndsAt - now) / 1000))
  }

  // A Map iterates in insertion order, so its first key is the longest-known name.
  #forgetOldest (): void {
    const oldest = this.#counts.keys().next()
    if (oldest.done !== true) this.#counts.delete(oldest.value)
  }
}
