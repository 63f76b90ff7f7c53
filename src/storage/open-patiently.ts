// Opens the store at start, and while it cannot be reached tries again, with growing pauses, for a bounded time.
import { setTimeout as sleep } from 'node:timers/promises'
import { pauseAfter } from '../backoff.ts'
import { openStore } from './open-store.ts'
import type { OpenStoreOptions } from './open-store.ts'
import { StoreUnavailableError } from './store.ts'
import type { Store } from './store.ts'

// From a quarter second, for a database that is a moment behind the app, up
// to five, for one that is being restored or restarted.
const RETRY = { firstMs: 250, longestMs: 5000 }

export interface Patience {
  /** How long to keep trying after the first failure; 0 tries once. */
  withinMs: number
  /** Called once, when the first attempt fails and more will follow. */
  onWaiting?: (cause: unknown) => void
}

export interface Opened {
  store: Store
  attempts: number
  waitedMs: number
}

/** Thrown when the store could not be opened; `cause` is why the last attempt failed. */
export class StoreNotOpenedError extends Error {
  override readonly name = 'StoreNotOpenedError'
  readonly attempts: number
  readonly waitedMs: number

  constructor (attempts: number, waitedMs: number, cause: unknown) {
    super(`The store could not be opened in ${attempts} attempts over ${waitedMs} ms`, { cause })
    this.attempts = attempts
    this.waitedMs = waitedMs
  }
}

export async function openPatiently (databaseUrl: string, options: OpenStoreOptions, { withinMs, onWaiting }: Patience): Promise<Opened> {
  const started = performance.now()
  const waited = (): number => Math.round(performance.now() - started)
  for (let attempts = 1; ; attempts++) {
    try {
      return { store: await openStore(databaseUrl, options), attempts, waitedMs: waited() }
    } catch (error) {
      const remainingMs = withinMs - waited()
      // Only an unreachable store may come by itself: a wrong password or a
      // missing database will still be wrong in a minute.
      if (!(error instanceof StoreUnavailableError) || remainingMs <= 0) throw new StoreNotOpenedError(attempts, waited(), error)
      if (attempts === 1) onWaiting?.(error)
      // The last attempt is made at the deadline, not a pause before it.
      await sleep(Math.min(remainingMs, pauseAfter(attempts - 1, RETRY)))
    }
  }
}
