// Turns the samples into medians, ratios against the baselines and peers with their spread over rounds, and PASS/FAIL lines.
import type { CompareResults, Sample } from './compare.ts'
import { LIST_DEEP, LIST_FIRST } from './compare.ts'
import { median, mediansOf, spread } from './median.ts'
import type { Spread } from './median.ts'
import { PEERS } from './specs.ts'
import { fixed } from './text-table.ts'
import type { WatchedResult } from './watch.ts'

export interface Summary {
  workload: string
  target: string
  rps: number
  p50: number
  p99: number
  cpuUsPerRequest: number
  targetCpu: number
  clientCpu: number
  otherCpu: number
  /** The highest of the rounds' own peaks. */
  peakRssMb: number
  errors: number
  non2xx: number
}

export interface Ratio extends Spread {
  workload: string
  label: string
  perRound: number[]
}

export interface Check {
  name: string
  measured: string
  pass: boolean
}

export interface Report {
  summaries: Summary[]
  ratios: Ratio[]
  checks: Check[]
  /** Runs in which the target or the load generator was ready to run but kept off its core for more than DISTURBED_SHARE of the time. */
  disturbed: Array<{ round: number, workload: string, target: string, waitedShare: number }>
}

/** A core is the target's or the load generator's own only if nothing else runs there; above this share of waiting, others did. */
export const DISTURBED_SHARE = 0.1

export function isDisturbed ({ diagnostics }: WatchedResult): boolean {
  return Math.max(diagnostics.waitedShare, diagnostics.loadWaitedShare) > DISTURBED_SHARE
}

export function unique (values: readonly string[]): string[] {
  return [...new Set(values)]
}

const isList = (workload: string): boolean => workload === LIST_FIRST || workload === LIST_DEEP

/** The rounds of every workload and target measured, in the order first measured. */
export function byWorkloadAndTarget (samples: readonly Sample[]): Array<{ workload: string, target: string, runs: Sample[] }> {
  const pairs = unique(samples.map(sample => `${sample.workload}\u0000${sample.target}`))
  return pairs.map(pair => {
    const [workload = '', target = ''] = pair.split('\u0000')
    return { workload, target, runs: samples.filter(sample => sample.workload === workload && sample.target === target) }
  })
}

function summarize (samples: readonly Sample[]): Summary[] {
  return byWorkloadAndTarget(samples).map(({ workload, target, runs }) => ({
    workload,
    target,
    ...mediansOf(runs, ['rps', 'p50', 'p99', 'cpuUsPerRequest', 'targetCpu', 'clientCpu', 'otherCpu']),
    peakRssMb: Math.max(...runs.map(run => run.diagnostics.peakRssMb)),
    errors: runs.reduce((sum, run) => sum + run.errors, 0),
    non2xx: runs.reduce((sum, run) => sum + run.non2xx, 0)
  }))
}

/** The same quantity of two targets in each round, where both ran minutes apart at most. */
function perRound<T> (samples: readonly Sample[], workload: string, top: string, bottom: string, value: (top: Sample, bottom: Sample) => T): T[] {
  const rounds = unique(samples.map(sample => String(sample.round)))
  return rounds.flatMap(round => {
    const find = (target: string): Sample | undefined => samples.find(sample => String(sample.round) === round && sample.workload === workload && sample.target === target)
    const a = find(top)
    const b = find(bottom)
    return a === undefined || b === undefined ? [] : [value(a, b)]
  })
}

/** A ratio taken within each round, then its median and spread over rounds. */
function ratio (samples: readonly Sample[], workload: string, label: string, top: string, bottom: string, value: (top: Sample, bottom: Sample) => number): Ratio {
  const values = perRound(samples, workload, top, bottom, value)
  return { workload, label, perRound: values, ...spread(values) }
}

const byThroughput = (app: Sample, other: Sample): number => app.rps / other.rps
// Inverted, so that it reads like the throughput ratio: what the app would reach, relative to the other, with a core to itself.
const byCpu = (app: Sample, other: Sample): number => other.cpuUsPerRequest / app.cpuUsPerRequest

/**
 * B sending the contract's headers as constants: no floor of its own, but
 * what it keeps of B's speed is the most any app keeping the contract on
 * Fastify could reach against B.
 */
const HEADERS_FLOOR = { target: 'B + headers', short: 'B+h' }

/** The targets every workload is compared with, and what the app must reach against each (the GET-only floor against A aside). */
export const FLOORS: ReadonlyArray<{ target: string, short: string, floor: number }> = [
  { target: 'baseline B', short: 'B', floor: 0.8 },
  ...PEERS.map(peer => ({ target: peer, short: peer, floor: 1.2 }))
]

function ratios (samples: readonly Sample[]): Ratio[] {
  const workloads = unique(samples.map(sample => sample.workload)).filter(workload => !isList(workload))
  const list = samples.filter(sample => isList(sample.workload)).map(sample => ({ ...sample, target: sample.workload, workload: 'list' }))
  const against = (workload: string, target: string, short: string): Ratio[] => [
    ratio(samples, workload, `app / ${short}, req/s`, 'app', target, byThroughput),
    ratio(samples, workload, `app / ${short}, CPU per request`, 'app', target, byCpu)
  ]
  return [
    ...workloads.flatMap(workload => [
      ...(workload === 'GET' ? against(workload, 'baseline A', 'A') : []),
      ...FLOORS.flatMap(({ target, short }) => against(workload, target, short)),
      ...against(workload, HEADERS_FLOOR.target, HEADERS_FLOOR.short),
      ratio(samples, workload, 'B+h / B, req/s', HEADERS_FLOOR.target, 'baseline B', byThroughput),
      ratio(samples, workload, 'B+h / B, CPU per request', HEADERS_FLOOR.target, 'baseline B', byCpu)
    ]),
    ratio(list, 'list', 'deep / first, time per request', LIST_DEEP, LIST_FIRST, (deep, first) => first.rps / deep.rps),
    ratio(list, 'list', 'deep / first, CPU per request', LIST_DEEP, LIST_FIRST, (deep, first) => deep.cpuUsPerRequest / first.cpuUsPerRequest),
    ratio(list, 'list', 'deep / first, p50', LIST_DEEP, LIST_FIRST, (deep, first) => deep.p50 / first.p50)
  ]
}

function checks (results: CompareResults, summaries: readonly Summary[], found: readonly Ratio[]): Check[] {
  const ratioOf = (workload: string, label: string): Ratio | undefined => found.find(row => row.workload === workload && row.label === label)
  const summaryOf = (workload: string, target: string): Summary | undefined => summaries.find(row => row.workload === workload && row.target === target)
  const within = (row: Ratio | undefined): string => row === undefined ? '' : ` (rounds ${fixed(row.min, 2)}–${fixed(row.max, 2)})`
  const atLeast = (name: string, row: Ratio | undefined, floor: number): Check =>
    ({ name, measured: `${fixed(row?.median ?? Number.NaN, 2)}×${within(row)}`, pass: (row?.median ?? Number.NaN) >= floor })
  const atMost = (name: string, row: Ratio | undefined, ceiling: number): Check =>
    ({ name, measured: `${fixed(row?.median ?? Number.NaN, 2)}×${within(row)}`, pass: (row?.median ?? Number.NaN) <= ceiling })
  const under = (name: string, value: number, ceiling: number, unit: string, context = ''): Check =>
    ({ name, measured: `${fixed(value)} ${unit}${context}`, pass: value < ceiling })
  const workloads = unique(summaries.filter(row => row.target === 'app').map(row => row.workload))
  const floors = workloads.flatMap(workload => FLOORS.flatMap(({ short, floor }) => [
    atLeast(`${workload} ≥ ${floor}× ${short} (req/s)`, ratioOf(workload, `app / ${short}, req/s`), floor),
    atLeast(`${workload} ≥ ${floor}× ${short} (by CPU per request)`, ratioOf(workload, `app / ${short}, CPU per request`), floor)
  ]))
  // The others' own p99 says whether this machine could meet the target at all.
  const p99 = (workload: string): Check => under(`${workload} p99 < 10 ms at ${results.settings.connections} connections`, summaryOf(workload, 'app')?.p99 ?? Number.NaN, 10, 'ms',
    ` (${FLOORS.map(({ target, short }) => `${short} ${fixed(summaryOf(workload, target)?.p99 ?? Number.NaN)}`).join(', ')})`)
  const rss = (process: string): Check => {
    const peaks = [['start-up and warm-up', results.warmupPeakRssMb[process] ?? Number.NaN] as const,
      ...summaries.filter(row => row.target === process).map(row => [row.workload, row.peakRssMb] as const)]
    const highest = Math.max(...peaks.map(([, mb]) => mb))
    return under(`peak RSS < 150 MiB in every workload (${process})`, highest, 150, 'MiB', ` (${peaks.map(([what, mb]) => `${what} ${fixed(mb)}`).join(', ')})`)
  }
  const failures = summaries.reduce((sum, row) => sum + row.errors + row.non2xx, 0)
  return [
    atLeast('GET ≥ 0.3× baseline A (req/s)', ratioOf('GET', 'app / A, req/s'), 0.3),
    atLeast('GET ≥ 0.3× baseline A (by CPU per request)', ratioOf('GET', 'app / A, CPU per request'), 0.3),
    ...floors,
    ...workloads.map(p99),
    atMost('deep page within 1.5× of page one (time per request)', ratioOf('list', 'deep / first, time per request'), 1.5),
    atMost('deep page within 1.5× of page one (CPU per request)', ratioOf('list', 'deep / first, CPU per request'), 1.5),
    ...unique(summaries.map(row => row.target)).filter(name => name.startsWith('app')).map(rss),
    under('start-up < 1 s (spawn → 200 on /health)', median(results.startup.healthMs), 1000, 'ms', startupAgainstBaselineB(results.startup)),
    under('start-up < 1 s (spawn → first authenticated GET)', median(results.startup.firstGetMs), 1000, 'ms'),
    { name: 'no errors and no non-2xx answers', measured: String(failures), pass: failures === 0 },
    { name: 'request log on (log lines ≥ app requests)', measured: `${results.appLogLines} lines / ${results.appRequests} requests`, pass: results.appLogLines >= results.appRequests }
  ]
}

/** How many times baseline B's start the app's took, in the same run: the machine's speed divided out. */
function startupAgainstBaselineB ({ healthMs, baselineBHealthMs = [] }: CompareResults['startup']): string {
  if (baselineBHealthMs.length === 0) return ''
  const baselineB = median(baselineBHealthMs)
  return ` (baseline B ${fixed(baselineB)} ms: the app takes ${fixed(median(healthMs) / baselineB, 2)}× its time)`
}

export function buildReport (results: CompareResults): Report {
  const summaries = summarize(results.samples)
  const found = ratios(results.samples)
  const disturbed = results.samples.filter(isDisturbed)
    .map(({ round, workload, target, diagnostics }) => ({ round, workload, target, waitedShare: Math.max(diagnostics.waitedShare, diagnostics.loadWaitedShare) }))
  return { summaries, ratios: found, checks: checks(results, summaries, found), disturbed }
}
