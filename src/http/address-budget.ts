// Counts events per client address group in fixed windows, in a map of bounded size: for clients that have no key to be counted by.
import { addressGroupOf } from './client-address.ts'

export interface AddressBudgetOptions {
  /** Events each address group may cause in one window. */
  limit: number
  windowMs: number
  /** The most address groups remembered at once; past it, the longest-known is forgotten. */
  capacity: number
}

export interface Tally {
  remaining: number
  /** Seconds until the window ends and every count starts again. */
  ttlInSeconds: number
  isExceeded: boolean
}

/**
 * One window for all addresses, started by the first event after the last
 * one ended: clearing the map then costs nothing per address, and a window
 * never holds more than `capacity` entries, however many addresses a client
 * controls.
 */
export class AddressBudget {
  readonly #limit: number
  readonly #windowMs: number
  readonly #capacity: number
  readonly #counts = new Map<string, number>()
  #windowEndsAt = 0

  constructor ({ limit, windowMs, capacity }: AddressBudgetOptions) {
    this.#limit = limit
    this.#windowMs = windowMs
    this.#capacity = capacity
  }

  /** Counts one event from `ip`'s group; exceeded once the group has caused more than `limit` in this window. */
  spend (ip: string, now = Date.now()): Tally {
    this.#startWindowIfOver(now)
    const group = addressGroupOf(ip)
    const count = (this.#counts.get(group) ?? 0) + 1
    if (count === 1 && this.#counts.size >= this.#capacity) this.#forgetOldest()
    this.#counts.set(group, count)
    return { remaining: Math.max(0, this.#limit - count), ttlInSeconds: this.#secondsLeft(now), isExceeded: count > this.#limit }
  }

  /** Seconds until `ip`'s group may cause events again, or 0 while it has budget left; counts nothing. */
  secondsBlocked (ip: string, now = Date.now()): number {
    // Checked on every authenticated request: without a single failure anywhere, that is all it costs.
    if (this.#counts.size === 0) return 0
    this.#startWindowIfOver(now)
    return (this.#counts.get(addressGroupOf(ip)) ?? 0) >= this.#limit ? this.#secondsLeft(now) : 0
  }

  #startWindowIfOver (now: number): void {
    if (now < this.#windowEndsAt) return
    this.#counts.clear()
    this.#windowEndsAt = now + this.#windowMs
  }

  #secondsLeft (now: number): number {
    return Math.max(1, Math.ceil((this.#windowEndsAt - now) / 1000))
  }

  // A Map iterates in insertion order, so its first key is the longest-known group.
  #forgetOldest (): void {
    const oldest = this.#counts.keys().next()
    if (oldest.done !== true) this.#counts.delete(oldest.value)
  }
}
