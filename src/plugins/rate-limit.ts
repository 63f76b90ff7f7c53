// Per-key rate limits, counted in memory or in Redis when instances must share one budget, and in memory again whenever Redis does not answer.
import rateLimit from '@fastify/rate-limit'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import type { DependencyStates } from '../dependencies/states.ts'
import { ApiError } from '../errors.ts'

export interface RateLimitOptions {
  /** Requests per minute for each key. */
  perMinute: number
  redisUrl: string | undefined
  /** Told whether Redis answers, for /ready and the log. */
  states: DependencyStates
}

const WINDOW_MS = 60_000
const POLICY = 'per-key'

type Counter = ReturnType<FastifyInstance['createRateLimit']>
type Limits = Parameters<typeof rateLimit>[1]

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
    keyGenerator: (request: FastifyRequest) => request.caller?.keyId ?? request.ip,
    allowList: (request: FastifyRequest) => request.routeOptions.config.public === true
  }
  const countInMemory = await counterIn(app, limits)
  const redis = redisUrl === undefined ? undefined : await linkRedis(redisUrl, states)
  const countInRedis = redis === undefined ? undefined : await counterIn(app, { ...limits, redis: redis.client, nameSpace: 'rest-api-blueprint:rate:' })
  if (redis !== undefined) app.addHook('onClose', async () => { redis.close() })

  // While Redis does not answer, each instance counts on its own: a key may
  // then send its budget to every instance, which beats both refusing every
  // request and limiting none.
  async function count (request: FastifyRequest): ReturnType<Counter> {
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
  const policy = `"${POLICY}";q=${perMinute};w=${WINDOW_MS / 1000}`

  // preParsing: after authentication (onRequest), so the budget is the key's,
  // not the address's, and before a refused request's body is read.
  app.addHook('preParsing', async (request, reply) => {
    const limit = await count(request)
    if (limit.isAllowed) return
    reply.header('ratelimit-policy', policy)
    reply.header('ratelimit', `"${POLICY}";r=${limit.remaining};t=${limit.ttlInSeconds}`)
    if (!limit.isExceeded) return
    reply.header('retry-after', limit.ttlInSeconds)
    throw new ApiError('RATE_LIMITED', `This key may send ${perMinute} requests a minute; retry in ${limit.ttlInSeconds} s`)
  })
}, { name: 'rate-limits' })
