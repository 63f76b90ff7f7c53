// Loads keys and switches from the store, then keeps this instance's copies in step: by polling, and at once when the store announces a change.
import type { FastifyBaseLogger } from 'fastify'
import type { DependencyStates } from '../dependencies/states.ts'
import { StoreUnavailableError } from '../storage/store.ts'
import type { ChangeTopic, Store } from '../storage/store.ts'
import type { StoredCopy } from './stored-copy.ts'

type Copy = Pick<StoredCopy<unknown>, 'refresh' | 'startRefreshing' | 'stopRefreshing'>

export interface InStepOptions {
  keyRefreshMs: number
  switchRefreshMs: number
  log: FastifyBaseLogger
  /** Told whether the store's change feed is connected. */
  states: DependencyStates
}

/** Answers a function that stops it all. */
export async function keepInStep (store: Store, copies: Record<ChangeTopic, Copy>, options: InStepOptions): Promise<() => void> {
  const { keyRefreshMs, switchRefreshMs, log, states } = options
  // An unreachable store is logged once, when it is lost (dependencies/watched-store.ts), not on every poll.
  const logError = (error: unknown): void => {
    if (!(error instanceof StoreUnavailableError)) log.error({ err: error }, 'refresh from the store failed')
  }
  // A store that cannot be reached yet (still being opened, or briefly away)
  // does not stop the start: a later refresh loads the copies, and until then
  // store-gate.ts answers 503. Any other failure is a bug, found at once.
  for (const result of await Promise.allSettled([copies.keys.refresh(), copies.switches.refresh()])) {
    if (result.status === 'rejected' && !(result.reason instanceof StoreUnavailableError)) throw result.reason
  }
  copies.keys.startRefreshing(keyRefreshMs, logError)
  copies.switches.startRefreshing(switchRefreshMs, logError)
  // A store that can announce changes (PostgreSQL's NOTIFY) brings them here
  // at once; the polling above stays, for announcements lost while disconnected.
  const stopListening = store.changes?.subscribe(topic => {
    copies[topic].refresh().catch(logError)
  })
  const stopWatching = store.changes?.watchConnection((isConnected, cause) => {
    states.set('changeFeed', isConnected ? 'ok' : 'unreachable', cause)
  })
  return () => {
    stopListening?.()
    stopWatching?.()
    copies.keys.stopRefreshing()
    copies.switches.stopRefreshing()
  }
}
