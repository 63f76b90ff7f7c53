// Liveness and readiness for load balancers and orchestrators; open to all.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import Type from 'typebox'
import type { DependencyStates, States } from '../dependencies/states.ts'
import { storeUnavailable } from '../errors.ts'
import { envelopeErrors, Ok, OkWithoutResult, ok } from '../responses/envelope.ts'
import type { Store } from '../storage/store.ts'

function oneOf<T extends string> (values: readonly T[], description: string) {
  return Type.Unsafe<T>({ type: 'string', enum: [...values], description })
}

/** Each dependency this instance uses, and "ok" or what is wrong with it; an unreachable store is not among them, since that is a 503. */
export const Readiness = Type.Object({
  store: oneOf<Exclude<States['store'], 'unreachable'>>(['ok', 'read-only'], 'read-only: the store is full; writes answer 507 and reads go on.'),
  redis: Type.Optional(oneOf<States['redis']>(['ok', 'connecting', 'unreachable'],
    'Present when REDIS_URL is set. unreachable: each instance counts rate limits on its own until Redis is back.')),
  changeFeed: Type.Optional(oneOf<States['changeFeed']>(['ok', 'unreachable'],
    'Present on PostgreSQL. unreachable: changes to keys and switches arrive by polling until the feed is back.'))
}, { additionalProperties: false, title: 'Readiness', examples: [{ store: 'ok', redis: 'unreachable', changeFeed: 'ok' }] })
export type Readiness = Type.Static<typeof Readiness>

interface HealthOptions {
  store: Store
  states: DependencyStates
  /** True once keys and switches are loaded: until then no route that needs a key can answer. */
  isLoaded: () => boolean
}

const healthRoutes: FastifyPluginAsyncTypebox<HealthOptions> = async (app, { store, states, isLoaded }) => {
  // Alive means the process answers; it says nothing of the store, so a
  // database outage does not get every instance restarted at once.
  app.get('/health', {
    config: { public: true, describedInEveryVersion: true },
    schema: { operationId: 'getHealth', tags: ['operations'], summary: 'Is the process alive?', response: { 200: OkWithoutResult } }
  }, async function getHealth () {
    return { status: 'ok' as const }
  })

  // Ready means this instance can serve: a load balancer sends traffic only
  // then. A full store or a lost Redis degrades it without stopping it, so
  // the answer is still 200, and says what is degraded.
  app.get('/ready', {
    config: { public: true, describedInEveryVersion: true },
    schema: {
      operationId: 'getReady',
      tags: ['operations'],
      summary: 'Can this instance serve: does the store answer? Is anything degraded?',
      response: { 200: Ok(Readiness, 'Ready'), ...envelopeErrors.responses(503) }
    }
  }, async function getReady () {
    // Why it does not answer is logged once, when that starts (dependencies/),
    // not on every probe.
    if (!isLoaded()) throw storeUnavailable()
    await store.ping().catch(() => { throw storeUnavailable() })
    const { store: storeState, redis, changeFeed } = states.report()
    return ok({
      store: storeState === 'read-only' ? 'read-only' as const : 'ok' as const,
      ...(redis === undefined ? {} : { redis }),
      ...(changeFeed === undefined ? {} : { changeFeed })
    })
  })
}

export default healthRoutes
