// Counts and times every request for Prometheus, once it has been answered.
import fp from 'fastify-plugin'
import { callbackHook } from '../http/callback-hook.ts'
import type { AppMetrics } from '../observability/app-metrics.ts'

export default fp<{ metrics: AppMetrics }>(async function metrics (app, { metrics }) {
  // onResponse runs after the answer is on its way, so counting adds nothing to its latency.
  app.addHook('onResponse', callbackHook(function countRequest (request, reply) {
    metrics.requests.record(request, reply)
  }))
}, { name: 'metrics' })
