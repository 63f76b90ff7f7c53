// GET /metrics: the instance's metrics in Prometheus's text format, for keys with the metrics capability.
import type { FastifyPluginAsync } from 'fastify'
import type { AppMetrics } from '../observability/app-metrics.ts'
import { EXPOSITION_CONTENT_TYPE } from '../observability/exposition.ts'
import { registerStateGauges } from '../observability/state-gauges.ts'
import type { WatchedState } from '../observability/state-gauges.ts'

const metricsRoutes: FastifyPluginAsync<WatchedState & { metrics: AppMetrics }> = async (app, { metrics, ...state }) => {
  registerStateGauges(metrics.registry, state)

  // Not negotiated: Prometheus asks for its own formats in Accept, and the
  // text format is the one every version of it reads. Hidden from the
  // OpenAPI documents, which describe the API to its clients
  // (docs/06-operations.md says why).
  app.get('/metrics', {
    config: { capability: 'metrics', negotiated: false },
    schema: { hide: true }
  }, async function getMetrics (_request, reply) {
    return reply.type(EXPOSITION_CONTENT_TYPE).send(await metrics.exposition())
  })
}

export default metricsRoutes
