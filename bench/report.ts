// Turns the samples into medians, ratios against the baselines and PASS/FAIL lines, and prints them as plain-text tables.
import type { CompareResults, Sample } from './compare.ts'
import { LIST_DEEP, LIST_FIRST } from './compare.ts'
import { median } from './median.ts'

export interface Summary {
  workload: string
  target: string
  rps: number
  p50: number
  p99: number
  cpuUsPerRequest: number
  clientCpu: number
  otherCpu: number
  errors: number
  non2xx: number
}

export interface Ratio {
  workload: string
  label: string
  perRound: number[]
  median: number
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
}

function unique (values: readonly string[]): string[] {
  return [...new Set(values)]
}

function summarize (samples: readonly Sample[]): Summary[] {
  const pairs = unique(samples.map(sample => `${sample.workload}\u0000${sample.target}`))
  return pairs.map(pair => {
    const [workload = '', target = ''] = pair.split('\u0000')
    const runs = samples.filter(sample => sample.workload === workload && sample.target === target)
    const medianOf = (pick: (sample: Sample) => number): number => median(runs.map(pick))
    return {
      workload,
      target,
      rps: medianOf(run => run.rps),
      p50: medianOf(run => run.p50),
      p99: medianOf(run => run.p99),
      cpuUsPerRequest: medianOf(run => run.cpuUsPerRequest),
      clientCpu: medianOf(run => run.clientCpu),
      otherCpu: medianOf(run => run.otherCpu),
      errors: runs.reduce((sum, run) => sum + run.errors, 0),
      non2xx: runs.reduce((sum, run) => sum + run.non2xx, 0)
    }
  })
}

/** A ratio taken within each round, where both sides ran minutes apart at most, then the median over rounds. */
function ratio (samples: readonly Sample[], workload: string, label: string, top: string, bottom: string, value: (top: Sample, bottom: Sample) => number): Ratio {
  const rounds = unique(samples.map(sample => String(sample.round)))
  const perRound = rounds.flatMap(round => {
    const find = (target: string): Sample | undefined => samples.find(sample => String(sample.round) === round && sample.workload === workload && sample.target === target)
    const a = find(top)
    const b = find(bottom)
    return a === undefined || b === undefined ? [] : [value(a, b)]
  })
  return { workload, label, perRound, median: median(perRound) }
}

function ratios (samples: readonly Sample[]): Ratio[] {
  const byThroughput = (app: Sample, baseline: Sample): number => app.rps / baseline.rps
  // Inverted, so that it reads like the throughput ratio: what the app would reach, relative to the baseline, with a core to itself.
  const byCpu = (app: Sample, baseline: Sample): number => baseline.cpuUsPerRequest / app.cpuUsPerRequest
  const workloads = unique(samples.map(sample => sample.workload)).filter(workload => workload !== LIST_FIRST && workload !== LIST_DEEP)
  const list = samples.filter(sample => sample.workload === LIST_FIRST || sample.workload === LIST_DEEP)
    .map(sample => ({ ...sample, target: sample.workload, workload: 'list' }))
  return [
    ...workloads.flatMap(workload => [
      ratio(samples, workload, 'app / A, req/s', 'app', 'baseline A', byThroughput),
      ratio(samples, workload, 'app / B, req/s', 'app', 'baseline B', byThroughput),
      ratio(samples, workload, 'app / A, CPU per request', 'app', 'baseline A', byCpu),
      ratio(samples, workload, 'app / B, CPU per request', 'app', 'baseline B', byCpu)
    ]),
    ratio(list, 'list', 'deep / first, time per request', LIST_DEEP, LIST_FIRST, (deep, first) => first.rps / deep.rps),
    ratio(list, 'list', 'deep / first, CPU per request', LIST_DEEP, LIST_FIRST, (deep, first) => deep.cpuUsPerRequest / first.cpuUsPerRequest),
    ratio(list, 'list', 'deep / first, p50', LIST_DEEP, LIST_FIRST, (deep, first) => deep.p50 / first.p50)
  ]
}

const fixed = (value: number, digits = 0): string => Number.isNaN(value) ? '-' : value.toFixed(digits)

function checks (results: CompareResults, summaries: readonly Summary[], found: readonly Ratio[]): Check[] {
  const ratioOf = (workload: string, label: string): number => found.find(row => row.workload === workload && row.label === label)?.median ?? Number.NaN
  const p99Of = (workload: string, target: string): number => summaries.find(row => row.workload === workload && row.target === target)?.p99 ?? Number.NaN
  const atLeast = (name: string, value: number, floor: number): Check => ({ name, measured: `${value.toFixed(2)}×`, pass: value >= floor })
  const atMost = (name: string, value: number, ceiling: number): Check => ({ name, measured: `${value.toFixed(2)}×`, pass: value <= ceiling })
  const under = (name: string, value: number, ceiling: number, unit: string, context = ''): Check =>
    ({ name, measured: `${value.toFixed(0)} ${unit}${context}`, pass: value < ceiling })
  // The baselines' own p99 says whether this machine could meet the target at all.
  const p99 = (workload: string): Check => under(`${workload} p99 < 10 ms at ${results.settings.connections} connections`, p99Of(workload, 'app'), 10, 'ms',
    ` (A ${fixed(p99Of(workload, 'baseline A'))}, B ${fixed(p99Of(workload, 'baseline B'))})`)
  const apps = Object.entries(results.peakRssMb).filter(([name]) => name.startsWith('app'))
  const failures = summaries.reduce((sum, row) => sum + row.errors + row.non2xx, 0)
  return [
    atLeast('GET ≥ 0.3× baseline A (req/s)', ratioOf('GET', 'app / A, req/s'), 0.3),
    atLeast('GET ≥ 0.3× baseline A (by CPU per request)', ratioOf('GET', 'app / A, CPU per request'), 0.3),
    atLeast('GET ≥ 0.8× baseline B (req/s)', ratioOf('GET', 'app / B, req/s'), 0.8),
    atLeast('GET ≥ 0.8× baseline B (by CPU per request)', ratioOf('GET', 'app / B, CPU per request'), 0.8),
    atLeast('PUT ≥ 0.8× baseline B (req/s)', ratioOf('PUT', 'app / B, req/s'), 0.8),
    atLeast('PUT ≥ 0.8× baseline B (by CPU per request)', ratioOf('PUT', 'app / B, CPU per request'), 0.8),
    p99('GET'),
    p99('PUT'),
    atMost('deep page within 1.5× of page one (time per request)', ratioOf('list', 'deep / first, time per request'), 1.5),
    atMost('deep page within 1.5× of page one (CPU per request)', ratioOf('list', 'deep / first, CPU per request'), 1.5),
    ...apps.map(([name, mb]) => under(`peak RSS < 150 MB (${name})`, mb, 150, 'MB')),
    under('start-up < 1 s (spawn → 200 on /health)', median(results.startup.healthMs), 1000, 'ms'),
    under('start-up < 1 s (spawn → first authenticated GET)', median(results.startup.firstGetMs), 1000, 'ms'),
    { name: 'no errors and no non-2xx answers', measured: String(failures), pass: failures === 0 },
    { name: 'request log on (log lines ≥ app requests)', measured: `${results.appLogLines} lines / ${results.appRequests} requests`, pass: results.appLogLines >= results.appRequests }
  ]
}

export function buildReport (results: CompareResults): Report {
  const summaries = summarize(results.samples)
  const found = ratios(results.samples)
  return { summaries, ratios: found, checks: checks(results, summaries, found) }
}
