// Per-key rate limits, counted in memory or in Redis when instances must share one budget, and in memory again whenever Redis does not answer; requests without a key, per address.
import rateLimit from '@fastify/rate-limit'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import type { DependencyStates } from '../dependencies/states.ts'
import { ApiError } from '../errors.ts'
import { addressGroupOf } from '../http/client-address.ts'
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
// Requests without a key are counted apart from the keys, in a map of their
// own: however many addresses a client sends from, it can only push other
// addresses out of that map, never a key's count out of the key's.
const ADDRESSES_REMEMBERED = 10_000

type Counter = ReturnType<FastifyInstance['createRateLimit']>
type Limits = Parameters<typeof rateLimit>[1]

interface Policy {
  name: string
  /** Who the 429 speaks of. */
  who: string
  header: string
}

/** One counter: the library, registered in a context of its own, so that two can live side by side. */
async function counterIn (app: FastifyInstance, limits: Limits): Promise<Counter> {
  let counter: Counter | undefined
  await app.register(async (context) => {
    await context.register(rateLimit, { ...limits, global: false })
    counter = context.createRateLimit()
  })
  if (counter === undefined) throw new Error('The rate-limit counter was not created')
  return counter
}

/** Loaded only when Redis is configured: one instance on its own never pays for the client. */
async function linkRedis (url: string, states: DependencyStates) {
  const { RedisLink } = await import('../dependencies/redis-link.ts')
  return new RedisLink(url, states)
}

export default fp<RateLimitOptions>(async function rateLimits (app, { perMinute, redisUrl, states }) {
  // The library counts, in memory or in Redis; this plugin decides what the
  // client is told. The library's own headers follow an older draft, so it is
  // asked for counters and the current draft's headers are written here once,
  // rather than written by the library and rewritten on every response.
  const limits: Limits = {
    max: perMinute,
    timeWindow: WINDOW_MS,
    // Only requests with a key are counted here: the hook below sends the others to addresses.
    keyGenerator: (request: FastifyRequest) => request.caller?.keyId ?? ''
  }
  const countInMemory = await counterIn(app, limits)
  const redis = redisUrl === undefined ? undefined : await linkRedis(redisUrl, states)
  const countInRedis = redis === undefined ? undefined : await counterIn(app, { ...limits, redis: redis.client, nameSpace: 'rest-api-blueprint:rate:' })
  if (redis !== undefined) app.addHook('onClose', async () => { redis.close() })
  const addresses = new WindowBudget({ limit: perMinute, windowMs: WINDOW_MS, capacity: ADDRESSES_REMEMBERED })

  // While Redis does not answer, each instance counts on its own: a key may
  // then send its budget to every instance, which beats both refusing every
  // request and limiting none.
  async function countKeyRequest (request: FastifyRequest): ReturnType<Counter> {
    if (redis?.isUp === true && countInRedis !== undefined) {
      try {
        return await countInRedis(request)
      } catch (error) {
        redis.commandFailed(error)
      }
    }
    return await countInMemory(request)
  }

  // IETF httpapi-ratelimit-headers: RateLimit-Policy is the quota and window,
  // RateLimit what is left of it and when it resets, both structured fields.
  const policyOf = (name: string, who: string): Policy => ({ name, who, header: `"${name}";q=${perMinute};w=${WINDOW_MS / 1000}` })
  const perKey = policyOf('per-key', 'This key')
  const perAddress = policyOf('per-address', 'This address')

  /** Tells the client what is left of its budget, and refuses the request once none is. */
  function enforce (reply: FastifyReply, policy: Policy, tally: Tally): void {
    reply.header('ratelimit-policy', policy.header)
    reply.header('ratelimit', `"${policy.name}";r=${tally.remaining};t=${tally.ttlInSeconds}`)
    if (!tally.isExceeded) return
    reply.header('retry-after', tally.ttlInSeconds)
    throw new ApiError('RATE_LIMITED', `${policy.who} may send ${perMinute} requests a minute; retry in ${tally.ttlInSeconds} s`)
  }

  // preParsing: after authentication (onRequest), so the budget is the key's,
  // not the address's, and before a refused request's body is read.
  app.addHook('preParsing', async (request, reply) => {
    // Health checks, the docs and preflights are never limited.
    if (request.routeOptions.config.public === true) return
    // Past authentication without a key means a URL that matched no route.
    if (request.caller === null) {
      enforce(reply, perAddress, addresses.spend(addressGroupOf(request.ip)))
      return
    }
    const limit = await countKeyRequest(request)
    if (!limit.isAllowed) enforce(reply, perKey, limit)
  })
}, { name: 'rate-limits' })
