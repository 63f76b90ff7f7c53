// The process's own metrics (CPU, memory, event loop, garbage collection), gathered once per process by prom-client.
import { collectDefaultMetrics, Registry } from 'prom-client'

let registry: Registry | undefined

// Gauges whose names end in _total, which promtool rejects: PromQL reads such
// a name as a counter and rate() of it means nothing. Each is the sum over
// `type` of the gauge of the same name without the suffix, which stays.
const MISNAMED = ['nodejs_active_handles_total', 'nodejs_active_requests_total', 'nodejs_active_resources_total']

/**
 * They belong to the process, not to an app: however many apps one process
 * builds (the tests build hundreds), the event loop monitor and the garbage
 * collection observer are started once.
 */
export function processMetrics (): Registry {
  if (registry === undefined) {
    registry = new Registry()
    collectDefaultMetrics({ register: registry })
    for (const name of MISNAMED) registry.removeSingleMetric(name)
  }
  return registry
}
