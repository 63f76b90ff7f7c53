// Failed authentications counted per client address, so that guessing keys costs the guesser time, not us.
import { ApiError } from '../errors.ts'
import { addressGroupOf } from '../http/client-address.ts'
import { WindowBudget } from '../http/window-budget.ts'

/** Whoever sent a request: a Fastify request, whose `ip` is worked out when read. */
interface Client {
  readonly ip: string
}

const WINDOW_MS = 60_000
// Enough for every address of a large attack at once, about a megabyte at most.
const ADDRESSES_REMEMBERED = 10_000

export class FailedAttempts {
  readonly #budget: WindowBudget
  readonly #perMinute: number

  /** `perMinute`: the failures an address (an IPv6 /64) may have in a minute before it is refused outright. */
  constructor (perMinute: number) {
    this.#perMinute = perMinute
    this.#budget = new WindowBudget({ limit: perMinute, windowMs: WINDOW_MS, capacity: ADDRESSES_REMEMBERED })
  }

  /**
   * Throws a 429 once the address has used up its failures for the minute.
   * Until then no key it sends is even looked at, the right one included:
   * answering a right key would let guessing go on at full speed.
   */
  assertMayTry (client: Client): void {
    // Asked on every authenticated request: until some address fails, that is
    // all it costs, not even the address, which behind a proxy means reading X-Forwarded-For.
    if (this.#budget.isEmpty) return
    const seconds = this.#budget.secondsBlocked(addressGroupOf(client.ip))
    if (seconds === 0) return
    throw new ApiError('TOO_MANY_FAILED_ATTEMPTS', `This address failed to authenticate ${this.#perMinute} times within a minute; retry in ${seconds} s`, {
      headers: { 'retry-after': String(seconds) }
    })
  }

  record (client: Client): void {
    this.#budget.spend(addressGroupOf(client.ip))
  }
}
