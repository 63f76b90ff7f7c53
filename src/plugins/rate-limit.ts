// Per-key rate limits, counted in memory or in Redis when instances must share one budget; requests without a key, per address.
import rateLimit from '@fastify/rate-limit'
import type { FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import type { Redis } from 'ioredis'
import { ApiError } from '../errors.ts'
import { AddressBudget } from '../http/address-budget.ts'
import type { Tally } from '../http/address-budget.ts'

export interface RateLimitOptions {
  /** Requests per minute for each key. */
  perMinute: number
  redisUrl: string | undefined
}

const WINDOW_MS = 60_000
// Requests without a key are counted apart from the keys, in a map of their
// own: however many addresses a client sends from, it can only push other
// addresses out of that map, never a key's count out of the key's.
const ADDRESSES_REMEMBERED = 10_000

interface Policy {
  name: string
  /** Who the 429 speaks of. */
  who: string
  header: string
}

/** Loaded only when Redis is configured: one instance on its own never pays for the client. */
async function connectRedis (url: string): Promise<Redis> {
  const { Redis } = await import('ioredis')
  // Fail fast rather than queue commands while Redis is away: requests must not hang.
  return new Redis(url, { connectTimeout: 1000, maxRetriesPerRequest: 1, enableOfflineQueue: false })
}

export default fp<RateLimitOptions>(async function rateLimits (app, { perMinute, redisUrl }) {
  const redis = redisUrl === undefined ? undefined : await connectRedis(redisUrl)
  if (redis !== undefined) app.addHook('onClose', async () => { redis.disconnect() })

  // The library counts, in memory or in Redis; this plugin decides what the
  // client is told. The library's own headers follow an older draft, so it is
  // asked for a limiter and the current draft's headers are written here once,
  // rather than written by the library and rewritten on every response.
  await app.register(rateLimit, {
    global: false,
    max: perMinute,
    timeWindow: WINDOW_MS,
    // Only requests with a key are counted here: the hook below sends the others to addresses.
    keyGenerator: (request: FastifyRequest) => request.caller?.keyId ?? '',
    ...(redis === undefined ? {} : { redis, nameSpace: 'rest-api-blueprint:rate:' }),
    // If Redis is down, serving without limits beats refusing every request.
    skipOnError: true
  })
  const countKeyRequest = app.createRateLimit()
  const addresses = new AddressBudget({ limit: perMinute, windowMs: WINDOW_MS, capacity: ADDRESSES_REMEMBERED })
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
      enforce(reply, perAddress, addresses.spend(request.ip))
      return
    }
    const limit = await countKeyRequest(request)
    if (!limit.isAllowed) enforce(reply, perKey, limit)
  })
}, { name: 'rate-limits' })
