// Per-key rate limits, counted in memory or in Redis when instances must share one budget.
import rateLimit from '@fastify/rate-limit'
import type { FastifyReply, FastifyRequest } from 'fastify'
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

/**
 * The library sends the older draft's RateLimit-Limit/-Remaining/-Reset; the
 * current IETF draft (httpapi-ratelimit-headers) has two structured fields:
 * RateLimit-Policy, the quota and window, and RateLimit, what is left and when it resets.
 */
function toCurrentDraft (reply: FastifyReply, perMinute: number): void {
  const remaining = reply.getHeader('ratelimit-remaining')
  const reset = reply.getHeader('ratelimit-reset')
  if (remaining === undefined || reset === undefined) return
  reply.removeHeader('ratelimit-limit')
  reply.removeHeader('ratelimit-remaining')
  reply.removeHeader('ratelimit-reset')
  reply.header('ratelimit-policy', `"${POLICY}";q=${perMinute};w=${WINDOW_MS / 1000}`)
  reply.header('ratelimit', `"${POLICY}";r=${String(remaining)};t=${String(reset)}`)
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

  await app.register(rateLimit, {
    global: true,
    max: perMinute,
    timeWindow: WINDOW_MS,
    // After authentication (onRequest), so the budget is the key's, not the address's.
    hook: 'preParsing',
    keyGenerator: (request: FastifyRequest) => request.caller?.keyId ?? request.ip,
    allowList: (request: FastifyRequest) => request.routeOptions.config.public === true,
    ...(redis === undefined ? {} : { redis, nameSpace: 'rest-api-blueprint:rate:' }),
    // If Redis is down, serving without limits beats refusing every request.
    skipOnError: true,
    enableDraftSpec: true,
    errorResponseBuilder: (_request, context) =>
      new ApiError('RATE_LIMITED', `This key may send ${perMinute} requests a minute; retry in ${context.after}`)
  })
  app.addHook('onSend', async (_request, reply) => toCurrentDraft(reply, perMinute))
}, { name: 'rate-limits' })
