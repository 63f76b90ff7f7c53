// The feature-cost variant: the app with one cross-cutting feature changed by configuration at a time, measured on GET against the app as shipped.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { rotate } from './compare.ts'
import { getOne, runLoad } from './load.ts'
import type { LoadResult, MeasureOptions } from './load.ts'
import { median } from './median.ts'
import { startOtlpSink } from './otlp-sink.ts'
import type { OtlpSink, SinkCounts } from './otlp-sink.ts'
import { formatTable } from './text-table.ts'
import { seedPeople } from './seed.ts'
import { ADMIN_KEY, appSpec } from './specs.ts'
import { send, startTarget } from './targets.ts'
import type { Target } from './targets.ts'

interface Variant {
  name: string
  /** What the difference to the app as shipped measures. */
  measures: string
  env?: Record<string, string>
  headers?: Record<string, string>
  /** Log lines go to /dev/null instead of a file. */
  logToNull?: boolean
  /** Switches set through the admin API before measuring, as an operator would. */
  switches?: Record<string, boolean>
  /** A response header whose presence proves the variant is in effect. */
  proof?: string
  /** Traces are exported over OTLP to a sink of its own in this process (otlp-sink.ts). */
  toOtlpSink?: boolean
  /** Proves the variant in effect from outside: answers why it is not, or undefined. */
  check?: (target: Target, logFile: string | undefined) => Promise<string | undefined>
}

export const SHIPPED = 'as shipped'
const ORIGIN = 'http://bench.example'

// Only what configuration can change without touching src/: authentication,
// negotiation, ETags, security headers and the rate limiter are always on, so
// the CPU profile (--profile) is where their cost shows.
export const VARIANTS: readonly Variant[] = [
  { name: SHIPPED, measures: 'the reference: every feature on, one log line per request written to a file' },
  { name: 'request log off', measures: 'the per-request log line, built and written (LOG_LEVEL=silent)', env: { LOG_LEVEL: 'silent' } },
  { name: 'log to /dev/null', measures: 'writing the log to a file rather than discarding it (stdout to /dev/null)', logToNull: true },
  { name: 'refresh every 60 s', measures: 'polling the store for keys (every 500 ms) and switches (250 ms)', env: { KEY_REFRESH_MS: '60000', SWITCH_REFRESH_MS: '60000' } },
  {
    name: 'JSON only',
    measures: 'offering four formats rather than one to Accept negotiation (format.yaml, .csv, .msgpack off)',
    switches: { 'format.yaml': false, 'format.csv': false, 'format.msgpack': false }
  },
  {
    name: 'CORS on',
    measures: 'adding @fastify/cors for one origin, every request sending Origin (a cost added: ratio < 1)',
    env: { CORS_ORIGINS: ORIGIN },
    headers: { origin: ORIGIN },
    proof: 'access-control-allow-origin'
  },
  { name: 'v1 deprecated', measures: 'adding the Deprecation, Sunset and Link headers to every v1 answer (a cost added)', switches: { 'v1.deprecated': true }, proof: 'deprecation' },
  {
    name: 'metrics off',
    measures: 'counting and timing every request and store call for GET /metrics (METRICS=off): what the metrics cost',
    env: { METRICS: 'off' },
    check: async target => (await send('GET', `${target.url}/metrics`, AUTH))?.status === 404 ? undefined : '/metrics still answers'
  },
  {
    name: 'tracing, exporter none',
    measures: 'OpenTelemetry loaded, each request continued and logged with its trace id, no span recorded (OTEL_TRACES_EXPORTER=none): a cost added',
    env: { OTEL_TRACES_EXPORTER: 'none' },
    check: logsTraceId
  },
  {
    name: 'tracing to console',
    measures: 'three spans a request recorded and printed to the log file (OTEL_TRACES_EXPORTER=console): a cost added',
    env: { OTEL_TRACES_EXPORTER: 'console' },
    check: logsTraceId
  },
  {
    name: 'tracing over OTLP',
    measures: 'three spans a request recorded, batched and posted as OTLP/HTTP protobuf to a sink on this machine: a cost added',
    env: { OTEL_TRACES_EXPORTER: 'otlp' },
    toOtlpSink: true,
    check: logsTraceId
  },
  {
    name: 'tracing over OTLP, 1 in 10',
    measures: 'the same with one trace in ten kept (OTEL_TRACES_SAMPLER=traceidratio, ARG=0.1), as production would sample: a cost added',
    env: { OTEL_TRACES_EXPORTER: 'otlp', OTEL_TRACES_SAMPLER: 'traceidratio', OTEL_TRACES_SAMPLER_ARG: '0.1' },
    toOtlpSink: true,
    check: logsTraceId
  }
]

const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736'

/** Tracing is on when a request's traceparent comes back as the traceId of its log line. */
async function logsTraceId (target: Target, logFile: string | undefined): Promise<string | undefined> {
  await send('GET', `${target.url}/v1/people/person-0000001`, { ...AUTH, traceparent: `00-${TRACE_ID}-00f067aa0ba902b7-01` })
  // The log is written a quarter of a second at a time (log-destination.ts).
  await sleep(500)
  const log = logFile === undefined ? '' : await readFile(logFile, 'utf8')
  return log.includes(`"traceId":"${TRACE_ID}"`) ? undefined : 'no log line carries the trace id'
}

export interface FeatureOptions extends MeasureOptions {
  /** Only the variants whose names contain one of these (and the app as shipped); all when empty. */
  only: string[]
  /**
   * Processes started for each variant. Two processes of the same code differ
   * by a few µs a request on a shared machine, as much as a small feature
   * costs; each round takes the mean of a variant's processes.
   */
  replicas: number
}

export interface FeatureSample extends LoadResult {
  round: number
  variant: string
  replica: number
}

export interface FeatureCost {
  variant: string
  measures: string
  rps: number
  cpuUsPerRequest: number
  /** Median over rounds of variant / as shipped, in req/s. */
  rpsRatio: number
  /** Median over rounds of variant − as shipped, in CPU µs per request: negative means the change saves that much. */
  cpuDeltaUs: number
}

/** What an OTLP variant sent while it was measured: fewer spans a request than it keeps means the SDK dropped some. */
export interface OtlpDelivery extends SinkCounts {
  variant: string
  requests: number
}

export interface FeatureResults {
  settings: Omit<FeatureOptions, 'workDir' | 'log'>
  samples: FeatureSample[]
  costs: FeatureCost[]
  otlp: OtlpDelivery[]
}

// The SDK's batch processor exports every 5 s: the last spans of a run arrive this much later.
const EXPORT_DELAY_MS = 6000

const AUTH = { authorization: `Bearer ${ADMIN_KEY}`, accept: 'application/json' }

async function startVariant (variant: Variant, name: string, options: FeatureOptions, sink: OtlpSink | undefined): Promise<Target> {
  // A database each, since switches are shared by every instance on one store.
  const database = join(options.workDir, `${name}.sqlite`)
  await seedPeople(database, options.people)
  const logFile = variant.logToNull === true ? undefined : join(options.workDir, `${name}.log`)
  const env = { ...variant.env, ...(sink === undefined ? {} : { OTEL_EXPORTER_OTLP_ENDPOINT: sink.url }) }
  const target = await startTarget(appSpec(variant.name, { database, env, ...(logFile === undefined ? {} : { logFile }) }))
  for (const [name, enabled] of Object.entries(variant.switches ?? {})) {
    const answer = await send('PUT', `${target.url}/admin/switches/${name}`, { ...AUTH, 'content-type': 'application/json' }, JSON.stringify({ enabled }))
    if (answer?.status !== 200) throw new Error(`could not set ${name} on ${variant.name}: ${answer?.status ?? 'no answer'} ${answer?.body ?? ''}`)
  }
  if (variant.proof !== undefined) {
    const answer = await send('GET', `${target.url}/v1/people/person-0000001`, { ...AUTH, ...variant.headers })
    if (answer?.headers[variant.proof] === undefined) throw new Error(`${variant.name} is not in effect: no ${variant.proof} header`)
  }
  const failure = await variant.check?.(target, logFile)
  if (failure !== undefined) throw new Error(`${variant.name} is not in effect: ${failure}`)
  return target
}

function isChosen (variant: Variant, only: readonly string[]): boolean {
  return variant.name === SHIPPED || only.length === 0 || only.some(part => variant.name.includes(part))
}

interface Running {
  variant: Variant
  replica: number
  target: Target
  sink?: OtlpSink
}

async function startRunning (variant: Variant, replica: number, options: FeatureOptions): Promise<Running> {
  const sink = variant.toOtlpSink === true ? await startOtlpSink() : undefined
  try {
    const target = await startVariant(variant, `variant-${VARIANTS.indexOf(variant)}-${replica}`, options, sink)
    return { variant, replica, target, ...(sink === undefined ? {} : { sink }) }
  } catch (error) {
    await sink?.close()
    throw error
  }
}

export async function measureFeatures (options: FeatureOptions): Promise<FeatureResults> {
  const targets: Running[] = []
  try {
    for (let replica = 1; replica <= options.replicas; replica++) {
      for (const variant of VARIANTS.filter(variant => isChosen(variant, options.only))) targets.push(await startRunning(variant, replica, options))
    }
    return await measureVariants(targets, options)
  } finally {
    for (const { sink } of targets) await sink?.close()
  }
}

function mean (values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length
}

/** A variant's req/s and CPU in one round: the mean of its processes. */
function ofRound (samples: readonly FeatureSample[], variant: string, round: number): { rps: number, cpuUsPerRequest: number } | undefined {
  const own = samples.filter(sample => sample.variant === variant && sample.round === round)
  if (own.length === 0) return undefined
  return { rps: mean(own.map(sample => sample.rps)), cpuUsPerRequest: mean(own.map(sample => sample.cpuUsPerRequest)) }
}

async function measureVariants (targets: readonly Running[], options: FeatureOptions): Promise<FeatureResults> {
  const variants = [...new Set(targets.map(({ variant }) => variant))]
  options.log(`warming up ${targets.length} processes for ${options.warmupSeconds} s each`)
  for (const { variant, target } of targets) await runLoad(target.url, target.pid, getOne(ADMIN_KEY, options.people, variant.headers), options.warmupSeconds)
  await sleep(EXPORT_DELAY_MS)
  for (const { sink } of targets) sink?.reset()

  const samples: FeatureSample[] = []
  for (let round = 1; round <= options.rounds; round++) {
    for (const { variant, replica, target } of rotate(targets, round - 1)) {
      const result = await runLoad(target.url, target.pid, getOne(ADMIN_KEY, options.people, variant.headers), options.seconds)
      samples.push({ round, variant: variant.name, replica, ...result })
      options.log(`round ${round} ${`${variant.name} #${replica}`.padEnd(28)} ${result.rps.toFixed(0).padStart(6)} req/s  ${result.cpuUsPerRequest.toFixed(0)} µs CPU/req`)
    }
  }

  if (targets.some(({ sink }) => sink !== undefined)) await sleep(EXPORT_DELAY_MS)
  const otlp = variants.filter(variant => variant.toOtlpSink === true).map(variant => {
    const counts = targets.filter(running => running.variant === variant).map(({ sink }) => sink?.counts() ?? { posts: 0, bytes: 0, spans: 0 })
    const requests = samples.filter(sample => sample.variant === variant.name).reduce((sum, sample) => sum + sample.requests, 0)
    return {
      variant: variant.name,
      posts: counts.reduce((sum, count) => sum + count.posts, 0),
      bytes: counts.reduce((sum, count) => sum + count.bytes, 0),
      spans: counts.reduce((sum, count) => sum + count.spans, 0),
      requests
    }
  })

  const rounds = Array.from({ length: options.rounds }, (_, index) => index + 1)
  const costs = variants.map(variant => {
    const paired = rounds.flatMap(round => {
      const own = ofRound(samples, variant.name, round)
      const shipped = ofRound(samples, SHIPPED, round)
      return own === undefined || shipped === undefined ? [] : [{ own, shipped }]
    })
    return {
      variant: variant.name,
      measures: variant.measures,
      rps: median(paired.map(({ own }) => own.rps)),
      cpuUsPerRequest: median(paired.map(({ own }) => own.cpuUsPerRequest)),
      rpsRatio: median(paired.map(({ own, shipped }) => own.rps / shipped.rps)),
      cpuDeltaUs: median(paired.map(({ own, shipped }) => own.cpuUsPerRequest - shipped.cpuUsPerRequest))
    }
  })
  const { workDir, log, ...settings } = options
  return { settings, samples, costs, otlp }
}

export function formatFeatures (results: FeatureResults): string {
  const { rounds, seconds, replicas } = results.settings
  return [
    `Feature cost on GET: medians of ${rounds} alternating rounds of ${seconds} s, ${replicas} process(es) per variant; ratios and deltas taken within each round against "${SHIPPED}".`,
    '',
    formatTable(
      ['variant', 'req/s', 'CPU µs/req', 'req/s vs shipped', 'Δ CPU µs/req', 'what the difference measures'],
      results.costs.map(cost => [cost.variant, cost.rps.toFixed(0), cost.cpuUsPerRequest.toFixed(0), cost.rpsRatio.toFixed(2),
        `${cost.cpuDeltaUs >= 0 ? '+' : ''}${cost.cpuDeltaUs.toFixed(0)}`, cost.measures])
    ),
    ...(results.otlp.length === 0 ? [] : ['', ...results.otlp.map(formatDelivery)])
  ].join('\n')
}

function formatDelivery ({ variant, spans, posts, bytes, requests }: OtlpDelivery): string {
  return `${variant}: the sink received ${spans} spans in ${posts} posts (${(bytes / 2 ** 20).toFixed(1)} MiB) for ${requests} measured requests, ${(spans / requests).toFixed(2)} spans a request (3 for each trace kept).`
}
