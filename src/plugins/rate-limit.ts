// Per-key rate limits, counted in memory or in Redis when instances must share one budget.
import rateLimit from '@fastify/rate-limit'
import type { FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import type { Redis } from 'ioredis'
import { ApiError } from '../errors.ts'

export interface RateLimitOptions {
  /** Requests per minute for each key. */
  perMinute: number
  redisUrl: string | undefined
}

const WINDOW_MS = 60_000
const POLICY = 'per-key'

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
    keyGenerator: (request: FastifyRequest) => request.caller?.keyId ?? request.ip,
    allowList: (request: FastifyRequest) => request.routeOptions.config.public === true,
    ...(redis === undefined ? {} : { redis, nameSpace: 'rest-api-blueprint:rate:' }),
    // If Redis is down, serving without limits beats refusing every request.
    skipOnError: true
  })
  const countRequest = app.createRateLimit()
  // IETF httpapi-ratelimit-headers: RateLimit-Policy is the quota and window,
  // RateLimit what is left of it and when it resets, both structured fields.
  const policy = `"${POLICY}";q=${perMinute};w=${WINDOW_MS / 1000}`

  // preParsing: after authentication (onRequest), so the budget is the key's,
  // not the address's, and before a refused request's body is read.
  app.addHook('preParsing', async (request, reply) => {
    const limit = await countRequest(request)
    if (limit.isAllowed) return
    reply.header('ratelimit-policy', policy)
    reply.header('ratelimit', `"${POLICY}";r=${limit.remaining};t=${limit.ttlInSeconds}`)
    if (!limit.isExceeded) return
    reply.header('retry-after', limit.ttlInSeconds)
    throw new ApiError('RATE_LIMITED', `This key may send ${perMinute} requests a minute; retry in ${limit.ttlInSeconds} s`)
  })
}, { name: 'rate-limits' })
