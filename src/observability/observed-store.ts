// A Store that times every call for the metrics and announces it on a diagnostics channel for tracing, whatever the adapter.
import { tracingChannel } from 'node:diagnostics_channel'
import type { Store } from '../storage/store.ts'
import type { Histogram } from './histogram.ts'

/**
 * The channel every store call is published on, with `{ operation }` (such as
 * `people.find`). src/observability/tracing-sdk.js subscribes to it and makes
 * each call a span; nothing else does, and with no subscriber a call costs
 * one check of `hasSubscribers` (Node's diagnostics_channel).
 */
export const STORE_CHANNEL = 'rest-api-blueprint:store'

export interface StoreCall {
  operation: string
}

const storeCalls = tracingChannel<unknown, StoreCall>(STORE_CHANNEL)

type AsyncMethod = (...args: never[]) => Promise<unknown>

function observed (operation: string, method: AsyncMethod, timings: Histogram | undefined): AsyncMethod {
  const series = timings?.series([['operation', operation]])
  const call = (...args: never[]): Promise<unknown> => storeCalls.hasSubscribers
    ? storeCalls.tracePromise(method, { operation }, undefined, ...args)
    : method(...args)
  if (series === undefined) return call
  // The caller gets the adapter's own promise: timing it adds one reaction
  // to it, not another promise and await between the caller and the answer.
  return function timedCall (...args: never[]): Promise<unknown> {
    const started = performance.now()
    const answer = call(...args)
    const observe = (): void => { series.observe((performance.now() - started) / 1000) }
    answer.then(observe, observe)
    return answer
  }
}

/** Each method of one part of the store (people, keys, switches, events), observed under `part.method`. */
function observedMethods<T extends object> (part: string, methods: T, timings: Histogram | undefined): T {
  const wrapped = Object.entries(methods).map(([name, method]: [string, AsyncMethod]) => [name, observed(`${part}.${name}`, method, timings)])
  return Object.fromEntries(wrapped) as T
}

/**
 * The same store, its calls timed into `timings` (when metrics are on) and
 * published for tracing. It decorates whatever adapter it is given, so no
 * adapter knows about metrics or traces; and SQLite, which no OpenTelemetry
 * instrumentation covers, gets a span per call like PostgreSQL.
 */
export function observeStore (store: Store, timings: Histogram | undefined): Store {
  return {
    ...store,
    people: observedMethods('people', store.people, timings),
    keys: observedMethods('keys', store.keys, timings),
    switches: observedMethods('switches', store.switches, timings),
    events: observedMethods('events', store.events, timings),
    secret: observed('secret', store.secret, timings) as Store['secret'],
    ping: observed('ping', store.ping, timings) as Store['ping']
  }
}
