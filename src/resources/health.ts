// Liveness and readiness for load balancers and orchestrators; open to all.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { storeUnavailable } from '../errors.ts'
import type { Store } from '../storage/store.ts'
import { envelopeErrors, OkWithoutResult } from '../responses/envelope.ts'

const healthRoutes: FastifyPluginAsyncTypebox<{ store: Store }> = async (app, { store }) => {
  // Alive means the process answers; it says nothing of the store, so a
  // database outage does not get every instance restarted at once.
  app.get('/health', {
    config: { public: true, describedInEveryVersion: true },
    schema: { operationId: 'getHealth', tags: ['operations'], summary: 'Is the process alive?', response: { 200: OkWithoutResult } }
  }, async function getHealth () {
    return { status: 'ok' as const }
  })

  // Ready means this instance can serve: a load balancer sends traffic only then.
  app.get('/ready', {
    config: { public: true, describedInEveryVersion: true },
    schema: {
      operationId: 'getReady',
      tags: ['operations'],
      summary: 'Can this instance serve: does the store answer?',
      response: { 200: OkWithoutResult, ...envelopeErrors.responses(503) }
    }
  }, async function getReady (request) {
    try {
      await store.ping()
    } catch (error) {
      request.log.warn({ err: error }, 'store not reachable')
      throw storeUnavailable()
    }
    return { status: 'ok' as const }
  })
}

export default healthRoutes
