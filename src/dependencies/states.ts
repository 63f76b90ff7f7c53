// What this instance's dependencies are doing now, for /ready to report; each change is logged once, as it happens, never once per failed request or retry.
import type { FastifyBaseLogger } from 'fastify'
import { summarizeError } from '../error-summary.ts'

/** Each dependency and the states it can be in; "ok" is the healthy one. */
export interface States {
  /** "read-only": full, so writes answer 507 while reads go on. */
  store: 'ok' | 'unreachable' | 'read-only'
  /** Where rate limits are shared between instances; "connecting" only at start. */
  redis: 'ok' | 'connecting' | 'unreachable'
  /** The connection that hears of changes at once (PostgreSQL's LISTEN). */
  changeFeed: 'ok' | 'unreachable'
}

export type Dependency = keyof States

interface Saying {
  level: 'info' | 'warn'
  message: string
}

// What an operator reads when a state changes: what it means for requests, and for how long.
const SAYINGS: { [D in Dependency]: Partial<Record<States[D], Saying>> } = {
  store: {
    ok: { level: 'info', message: 'the store answers and takes writes' },
    unreachable: { level: 'warn', message: 'the store is unreachable: requests that need it answer 503 until it is back' },
    'read-only': { level: 'warn', message: 'the store is full: writes answer 507 and reads go on, until there is room again' }
  },
  redis: {
    ok: { level: 'info', message: 'Redis answers: rate limits are shared between instances' },
    unreachable: { level: 'warn', message: 'Redis is unreachable: each instance counts rate limits on its own until it is back' }
  },
  changeFeed: {
    ok: { level: 'info', message: 'the change feed listens again: changes reach this instance at once' },
    unreachable: { level: 'warn', message: 'the change feed lost its connection: changes reach this instance by polling until it is back' }
  }
}

export class DependencyStates {
  readonly #log: FastifyBaseLogger
  readonly #states: Partial<States> = {}

  constructor (log: FastifyBaseLogger) {
    this.#log = log
  }

  /** Records the state, and logs it if it changed; `cause` says why a dependency was lost. */
  set<D extends Dependency> (dependency: D, state: States[D], cause?: unknown): void {
    const previous = this.#states[dependency]
    if (previous === state) return
    this.#states[dependency] = state
    // A dependency's first report is news only when something is wrong.
    if (previous === undefined && state === 'ok') return
    const saying: Saying | undefined = SAYINGS[dependency][state]
    if (saying === undefined) return
    const fields = { dependency, state, ...(cause === undefined ? {} : { cause: summarizeError(cause) }) }
    this.#log[saying.level](fields, saying.message)
  }

  get<D extends Dependency> (dependency: D): States[D] | undefined {
    return this.#states[dependency]
  }

  /** Every dependency this instance uses, and its state. */
  report (): Partial<States> {
    return { ...this.#states }
  }
}
