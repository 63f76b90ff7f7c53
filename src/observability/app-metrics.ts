// What one app reports to Prometheus: its requests, its store's latency and its state, with the process's own metrics.
import { Registry } from 'prom-client'
import { Histogram } from './histogram.ts'
import { logOutputExposition } from './log-output-metrics.ts'
import type { LogOutputState } from './log-output-metrics.ts'
import { processMetrics } from './process-metrics.ts'
import { RequestMetrics } from './request-metrics.ts'

// From 50 µs, a read from SQLite's cache, to 2.5 s, past the store's own
// timeout (STORE_TIMEOUT_MS, 2 s by default).
const STORE_SECONDS = [0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5]

export class AppMetrics {
  readonly requests = new RequestMetrics()
  readonly storeOperations = new Histogram(
    'blueprint_store_operation_duration_seconds',
    'Time the store took to answer, in seconds, by operation: people.find, keys.revision, ping…',
    STORE_SECONDS
  )

  /** prom-client's own metrics, read at scrape time: the state gauges. */
  readonly registry = new Registry()

  readonly #logOutput: LogOutputState | undefined

  /** `logOutput` is the log's destination, when the app has one of its own (npm start); without it, no log metrics. */
  constructor (logOutput?: LogOutputState) {
    this.#logOutput = logOutput
  }

  /** The whole text of GET /metrics. */
  async exposition (): Promise<string> {
    const [state, ofProcess] = await Promise.all([this.registry.metrics(), processMetrics().metrics()])
    const logOutput = this.#logOutput === undefined ? '' : logOutputExposition(this.#logOutput)
    return this.requests.exposition() + this.storeOperations.exposition() + state + logOutput + ofProcess
  }
}
