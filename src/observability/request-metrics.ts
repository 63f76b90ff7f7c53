// Every request counted and timed by method, route template, status and API version, with the refusals that operators alert on.
import type { FastifyReply, FastifyRequest } from 'fastify'
import { routeConfigOf } from '../http/route-config.ts'
import { headerLines, sampleLine, singleSample } from './exposition.ts'
import { Histogram } from './histogram.ts'
import type { HistogramSeries } from './histogram.ts'

/** The route label of a request that matched no route: its URL could be anything, and each one a new series. */
export const UNMATCHED_ROUTE = 'unmatched'
/** The version label of a route that belongs to no version: health, admin, the docs, /metrics. */
export const NO_VERSION = 'none'

// From half a millisecond, where a GET answered from memory lands, to the 10 s
// after which a client is cut off (REQUEST_TIMEOUT_MS).
const SECONDS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]

const AUTH_FAILURES = [401, 403]
const RATE_LIMITED = 429

/** The series of one route, by method and status: found with two Map lookups and no new string. */
class RouteSeries {
  readonly #histogram: Histogram
  readonly #route: string
  readonly #version: string
  readonly #byMethod = new Map<string, Map<number, HistogramSeries>>()

  constructor (histogram: Histogram, route: string, version: string) {
    this.#histogram = histogram
    this.#route = route
    this.#version = version
  }

  of (method: string, status: number): HistogramSeries {
    let byStatus = this.#byMethod.get(method)
    if (byStatus === undefined) {
      byStatus = new Map()
      this.#byMethod.set(method, byStatus)
    }
    let series = byStatus.get(status)
    if (series === undefined) {
      series = this.#histogram.series([['method', method], ['route', this.#route], ['status_code', String(status)], ['version', this.#version]])
      byStatus.set(status, series)
    }
    return series
  }

  /** Every series of this route, with the status it counts. */
  * withStatus (): Generator<[number, HistogramSeries]> {
    for (const byStatus of this.#byMethod.values()) yield * byStatus.entries()
  }
}

export class RequestMetrics {
  readonly #durations = new Histogram('http_request_duration_seconds', 'Time from a request\'s arrival to its answer, in seconds.', SECONDS)
  readonly #routes: RouteSeries[] = []
  // Keyed by the route's config object, which Fastify keeps one of per
  // route, and one for every URL that matches none.
  readonly #byRoute = new WeakMap<object, RouteSeries>()

  /** For the onResponse hook: the route's series were made on its first request, and only looked up since. */
  record (request: FastifyRequest, reply: FastifyReply): void {
    const config = routeConfigOf(request)
    const { url } = config
    let route = this.#byRoute.get(config)
    if (route === undefined) {
      route = new RouteSeries(this.#durations, url ?? UNMATCHED_ROUTE, config.version?.name ?? NO_VERSION)
      this.#byRoute.set(config, route)
      this.#routes.push(route)
    }
    route.of(request.method, reply.statusCode).observe(reply.elapsedTime / 1000)
  }

  /**
   * The histogram, then counters read from its series at scrape time: the
   * request count is each series' count, and refusals are the series of
   * their statuses, so the hot path counts each request once.
   */
  exposition (): string {
    let requests = headerLines('http_requests_total', 'Requests answered, by method, route template, status code and API version.', 'counter')
    const refusals = new Map<number, number>([...AUTH_FAILURES, RATE_LIMITED].map(status => [status, 0]))
    for (const route of this.#routes) {
      for (const [status, series] of route.withStatus()) {
        requests += sampleLine('http_requests_total', series.labels, series.count)
        const refused = refusals.get(status)
        if (refused !== undefined) refusals.set(status, refused + series.count)
      }
    }
    let authFailures = headerLines('blueprint_auth_failures_total', 'Requests refused for their key: 401 without a valid key, 403 without the capability.', 'counter')
    for (const status of AUTH_FAILURES) authFailures += sampleLine('blueprint_auth_failures_total', `status_code="${status}"`, refusals.get(status) ?? 0)
    const rateLimited = singleSample('blueprint_rate_limit_refusals_total', 'Requests refused with 429 because their key had used up its rate limit.', 'counter', refusals.get(RATE_LIMITED) ?? 0)
    return this.#durations.exposition() + requests + authFailures + rateLimited
  }
}
