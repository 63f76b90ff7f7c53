// The feature-cost variant: the app with one cross-cutting feature changed by configuration at a time, measured on GET against the app as shipped.
import { join } from 'node:path'
import { rotate } from './compare.ts'
import { getOne, runLoad } from './load.ts'
import type { LoadResult, MeasureOptions } from './load.ts'
import { median } from './median.ts'
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
  { name: 'v1 deprecated', measures: 'adding the Deprecation, Sunset and Link headers to every v1 answer (a cost added)', switches: { 'v1.deprecated': true }, proof: 'deprecation' }
]

export type FeatureOptions = MeasureOptions

export interface FeatureSample extends LoadResult {
  round: number
  variant: string
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

export interface FeatureResults {
  settings: Omit<FeatureOptions, 'workDir' | 'log'>
  samples: FeatureSample[]
  costs: FeatureCost[]
}

const AUTH = { authorization: `Bearer ${ADMIN_KEY}`, accept: 'application/json' }

async function startVariant (variant: Variant, index: number, options: FeatureOptions): Promise<Target> {
  // A database each, since switches are shared by every instance on one store.
  const database = join(options.workDir, `variant-${index}.sqlite`)
  await seedPeople(database, options.people)
  const target = await startTarget(appSpec(variant.name, {
    database,
    ...(variant.logToNull === true ? {} : { logFile: join(options.workDir, `variant-${index}.log`) }),
    ...(variant.env === undefined ? {} : { env: variant.env })
  }))
  for (const [name, enabled] of Object.entries(variant.switches ?? {})) {
    const answer = await send('PUT', `${target.url}/admin/switches/${name}`, { ...AUTH, 'content-type': 'application/json' }, JSON.stringify({ enabled }))
    if (answer?.status !== 200) throw new Error(`could not set ${name} on ${variant.name}: ${answer?.status ?? 'no answer'} ${answer?.body ?? ''}`)
  }
  if (variant.proof !== undefined) {
    const answer = await send('GET', `${target.url}/v1/people/person-0000001`, { ...AUTH, ...variant.headers })
    if (answer?.headers[variant.proof] === undefined) throw new Error(`${variant.name} is not in effect: no ${variant.proof} header`)
  }
  return target
}

export async function measureFeatures (options: FeatureOptions): Promise<FeatureResults> {
  const targets: Array<{ variant: Variant, target: Target }> = []
  for (const [index, variant] of VARIANTS.entries()) targets.push({ variant, target: await startVariant(variant, index, options) })
  options.log(`warming up ${targets.length} variants for ${options.warmupSeconds} s each`)
  for (const { variant, target } of targets) await runLoad(target.url, target.pid, getOne(ADMIN_KEY, options.people, variant.headers), options.warmupSeconds)

  const samples: FeatureSample[] = []
  for (let round = 1; round <= options.rounds; round++) {
    for (const { variant, target } of rotate(targets, round - 1)) {
      const result = await runLoad(target.url, target.pid, getOne(ADMIN_KEY, options.people, variant.headers), options.seconds)
      samples.push({ round, variant: variant.name, ...result })
      options.log(`round ${round} ${variant.name.padEnd(20)} ${result.rps.toFixed(0).padStart(6)} req/s  ${result.cpuUsPerRequest.toFixed(0)} µs CPU/req`)
    }
  }

  const costs = VARIANTS.map(variant => {
    const own = samples.filter(sample => sample.variant === variant.name)
    const paired = own.flatMap(sample => {
      const shipped = samples.find(other => other.variant === SHIPPED && other.round === sample.round)
      return shipped === undefined ? [] : [{ sample, shipped }]
    })
    return {
      variant: variant.name,
      measures: variant.measures,
      rps: median(own.map(sample => sample.rps)),
      cpuUsPerRequest: median(own.map(sample => sample.cpuUsPerRequest)),
      rpsRatio: median(paired.map(({ sample, shipped }) => sample.rps / shipped.rps)),
      cpuDeltaUs: median(paired.map(({ sample, shipped }) => sample.cpuUsPerRequest - shipped.cpuUsPerRequest))
    }
  })
  const { workDir, log, ...settings } = options
  return { settings, samples, costs }
}

export function formatFeatures (results: FeatureResults): string {
  const { rounds, seconds } = results.settings
  return [
    `Feature cost on GET: medians of ${rounds} alternating rounds of ${seconds} s; ratios and deltas taken within each round against "${SHIPPED}".`,
    '',
    formatTable(
      ['variant', 'req/s', 'CPU µs/req', 'req/s vs shipped', 'Δ CPU µs/req', 'what the difference measures'],
      results.costs.map(cost => [cost.variant, cost.rps.toFixed(0), cost.cpuUsPerRequest.toFixed(0), cost.rpsRatio.toFixed(2),
        `${cost.cpuDeltaUs >= 0 ? '+' : ''}${cost.cpuDeltaUs.toFixed(0)}`, cost.measures])
    )
  ].join('\n')
}
