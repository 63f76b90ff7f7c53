// Per-key rate limits, counted in memory or in Redis when instances must share one budget, and in memory again whenever Redis does not answer; requests without a key, per address.
import type { FastifyInstance, FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify'
import fp from 'fastify-plugin'
import type { RedisLink } from '../dependencies/redis-link.ts'
import type { DependencyStates } from '../dependencies/states.ts'
import { ApiError } from '../errors.ts'
import { callbackHook } from '../http/callback-hook.ts'
import { addressGroupOf } from '../http/client-address.ts'
import { decimal } from '../http/decimal.ts'
import { routeConfigOf } from '../http/route-config.ts'
import { WindowBudget } from '../http/window-budget.ts'
import type { Tally } from '../http/window-budget.ts'

export interface RateLimitOptions {
  /** Requests per minute for each key. */
  perMinute: number
  redisUrl: string | undefined
  /** Told whether Redis answers, for /ready and the log. */
  states: DependencyStates
}

const WINDOW_MS = 60_000
// Keys are made by an admin, so a minute sees few of them; only a client
// holding thousands could push one key's count out and start it afresh.
const KEYS_REMEMBERED = 10_000
// Requests without a key are counted apart from the keys, in a map of their
// own: however many addresses a client sends from, it can only push other
// addresses out of that map, never a key's count out of the key's.
const ADDRESSES_REMEMBERED = 10_000

type RedisCounter = ReturnType<FastifyInstance['createRateLimit']>

interface Policy {
  name: string
  /** Who the 429 speaks of. */
  who: string
  header: string
}

/** Loaded only when Redis is configured: one instance on its own never pays for the client. */
async function linkRedis (url: string, states: DependencyStates): Promise<RedisLink> {
  const { RedisLink } = await import('../dependencies/redis-link.ts')
  return new RedisLink(url, states)
}

/**
 * The library's counter, over Redis, loaded like the client only when Redis
 * is configured. It is registered in a context of its own, so that the
 * request decorator and route hook it adds stay out of the app's; it writes
 * no headers, since it is only asked for counts.
 */
async function redisCounter (app: FastifyInstance, redis: RedisLink, perMinute: number): Promise<RedisCounter> {
  const { default: rateLimit } = await import('@fastify/rate-limit')
  let counter: RedisCounter | undefined
  await app.register(async (context) => {
    await context.register(rateLimit, {
      global: false,
      max: perMinute,
      timeWindow: WINDOW_MS,
      // Only requests with a key reach Redis, and its counters are named after the key's id.
      keyGenerator: (request: FastifyRequest) => request.caller?.keyId ?? '',
      redis: redis.client,
      nameSpace: 'rest-api-blueprint:rate:'
    })
    counter = context.createRateLimit()
  })
  if (counter === undefined) throw new Error('The rate-limit counter was not created')
  return counter
}

export default fp<RateLimitOptions>(async function rateLimits (app, { perMinute, redisUrl, states }) {
  const keys = new WindowBudget({ limit: perMinute, windowMs: WINDOW_MS, capacity: KEYS_REMEMBERED })
  const addresses = new WindowBudget({ limit: perMinute, windowMs: WINDOW_MS, capacity: ADDRESSES_REMEMBERED })

  // IETF httpapi-ratelimit-headers: RateLimit-Policy is the quota and window,
  // RateLimit what is left of it and when it resets, both structured fields.
  const policyOf = (name: string, who: string): Policy => ({ name, who, header: `"${name}";q=${perMinute};w=${WINDOW_MS / 1000}` })
  const perKey = policyOf('per-key', 'This key')
  const perAddress = policyOf('per-address', 'This address')

  /** Tells the client what is left of its budget, and refuses the request once none is. */
  function enforce (reply: FastifyReply, policy: Policy, tally: Tally): void {
    reply.header('ratelimit-policy', policy.header)
    reply.header('ratelimit', `"${policy.name}";r=${decimal(tally.remaining)};t=${decimal(tally.ttlInSeconds)}`)
    if (!tally.isExceeded) return
    reply.header('retry-after', tally.ttlInSeconds)
    throw new ApiError('RATE_LIMITED', `${policy.who} may send ${perMinute} requests a minute; retry in ${tally.ttlInSeconds} s`)
  }

  function limitInMemory (request: FastifyRequest, reply: FastifyReply): void {
    // Health checks, the docs and preflights are never limited.
    if (routeConfigOf(request).public === true) return
    // Past authentication without a key means a URL that matched no route.
    if (request.caller === null) enforce(reply, perAddress, addresses.spend(addressGroupOf(request.ip)))
    else enforce(reply, perKey, keys.spend(request.caller.keyId))
  }
  const limitHere = callbackHook(limitInMemory)

  // An onRequest hook, registered after authentication's: the budget is the
  // key's, not the address's, and a refused request's body is never read.
  if (redisUrl === undefined) {
    app.addHook('onRequest', limitHere)
    return
  }

  const redis = await linkRedis(redisUrl, states)
  app.addHook('onClose', async () => { redis.close() })
  const countInRedis = await redisCounter(app, redis, perMinute)

  // While Redis does not answer, each instance counts on its own: a key may
  // then send its budget to every instance, which beats both refusing every
  // request and limiting none. Only a request counted in Redis waits.
  app.addHook('onRequest', function limitInRedisWhileItAnswers (request: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction) {
    // Public routes have no caller either, so they never reach Redis.
    if (request.caller === null || !redis.isUp) {
      limitHere(request, reply, done)
      return
    }
    countInRedis(request)
      .then(
        // The library's `isAllowed` means a key on its allow list, and this app lists none.
        (tally) => { if (!tally.isAllowed) enforce(reply, perKey, tally) },
        (error: unknown) => {
          redis.commandFailed(error)
          limitInMemory(request, reply)
        })
      .then(() => { done() }, done)
  })
}, { name: 'rate-limits' })
