// Prints the comparison as plain-text tables and PASS/FAIL lines.
import { TARGET_CORE } from './cores.ts'
import type { CompareResults } from './compare.ts'
import { median } from './median.ts'
import { mixAgainstParts, summarizeDiagnostics } from './mix-diagnostics.ts'
import type { Workloads } from './mix-diagnostics.ts'
import { DISTURBED_SHARE } from './report.ts'
import type { Report } from './report.ts'
import { fixed, formatTable, range, signed } from './text-table.ts'
import { THREAD_KINDS } from './watch.ts'

function mixTables (results: CompareResults, workloads: Workloads): string[] {
  const parts = formatTable(
    ['target', 'GET µs', 'PUT µs', 'predicted mix µs', 'mix µs', 'excess µs', 'excess rounds', 'predicted req/s', 'mix req/s', 'of predicted', 'rounds'],
    mixAgainstParts(results.samples, workloads).map(row => [row.target, fixed(row.getUs), fixed(row.putUs), fixed(row.predictedUs), fixed(row.mixUs),
      signed(row.excessUs.median), `${signed(row.excessUs.min)}…${signed(row.excessUs.max)}`, fixed(row.predictedRps), fixed(row.rps),
      fixed(row.rpsOfPredicted.median, 2), range(row.rpsOfPredicted)])
  )
  const diagnostics = formatTable(
    ['workload', 'target', ...THREAD_KINDS.map(kind => `${kind} µs`), 'main sys µs', 'blocked /1k', 'preempted /1k', 'waited', 'load waited', 'GC pause µs', 'GCs /1k', 'major GCs', 'WAL pages', 'WAL behind', 'WAL restarts', 'max ms', 'peak RSS MiB'],
    summarizeDiagnostics(results.samples).map(row => [row.workload, row.target, ...THREAD_KINDS.map(kind => fixed(row.threadUsPerRequest[kind], 1)),
      fixed(row.mainSystemUsPerRequest, 1), fixed(row.blockedPer1000, 1), fixed(row.preemptionsPer1000, 1), fixed(row.waitedShare, 2), fixed(row.loadWaitedShare, 2), fixed(row.gcPauseUsPerRequest, 1), fixed(row.gcsPer1000, 1),
      fixed(row.majorGcs), fixed(row.walPeakFrames), fixed(row.walBehindFrames), fixed(row.walRestarts), fixed(row.maxMs), fixed(row.peakRssMb)])
  )
  return [
    `The mix against its parts: predicted = ${1 - workloads.writeShare} × GET + ${workloads.writeShare} × PUT of the same round (in req/s, the harmonic mean); ` +
      'an excess well above the rounds\' spread means reads and writes slow each other down.',
    '',
    parts,
    '',
    'Where each target\'s CPU went, per request (medians over rounds): by thread, all sharing the target\'s core; the main thread\'s system time; ' +
      'how often it gave up the core to wait (blocked) or lost it with work left (preempted), and the share of the run it (and the load generator) was ready but waited for its core; ' +
      'garbage-collection pauses (gc-probe.js); the write-ahead log: its longest in pages, the pages on average not yet copied back (what reads look through), and the times it was started over; the slowest answer of any round, where a stall of the whole server shows.',
    '',
    diagnostics
  ]
}

export function formatReport (results: CompareResults, report: Report): string {
  const { settings } = results
  const summaryTable = formatTable(
    ['workload', 'target', 'req/s', 'p50 ms', 'p99 ms', 'CPU µs/req', 'target CPU', 'client CPU', 'other CPU', 'peak RSS MiB', 'errors', 'non-2xx'],
    report.summaries.map(row => [row.workload, row.target, fixed(row.rps), fixed(row.p50), fixed(row.p99),
      fixed(row.cpuUsPerRequest), fixed(row.targetCpu, 2), fixed(row.clientCpu, 2), fixed(row.otherCpu, 2), fixed(row.peakRssMb), String(row.errors), String(row.non2xx)])
  )
  const rounds = Math.max(...report.ratios.map(row => row.perRound.length))
  const ratioTable = formatTable(
    ['workload', 'ratio', ...Array.from({ length: rounds }, (_, index) => `r${index + 1}`), 'median', 'min–max'],
    report.ratios.map(row => [row.workload, row.label, ...Array.from({ length: rounds }, (_, index) => fixed(row.perRound[index] ?? Number.NaN, 2)), fixed(row.median, 2), range(row)])
  )
  const baselineB = results.startup.baselineBHealthMs ?? []
  const startup = `start-up on SQLite (${settings.startupTrials} trials, ms from spawn): /health ${results.startup.healthMs.map(ms => fixed(ms)).join(', ')}` +
    ` (median ${fixed(median(results.startup.healthMs))}); first authenticated GET ${results.startup.firstGetMs.map(ms => fixed(ms)).join(', ')}` +
    ` (median ${fixed(median(results.startup.firstGetMs))})` +
    (baselineB.length === 0 ? '' : `; baseline B, started alone before each trial: /health ${baselineB.map(ms => fixed(ms)).join(', ')} (median ${fixed(median(baselineB))})`)
  const disturbance = report.disturbed.length === 0
    ? `No run was disturbed: neither target nor load generator waited for its core more than ${DISTURBED_SHARE * 100}% of a run.`
    : `DISTURBED: in ${report.disturbed.length} of ${results.samples.length} runs the target or the load generator waited for its core more than ${DISTURBED_SHARE * 100}% of the run ` +
      `(the most: ${fixed(Math.max(...report.disturbed.map(run => run.waitedShare)) * 100)}%); other processes shared the cores, so read these figures as a smoke test, not a measurement.`
  const width = Math.max(...report.checks.map(check => check.name.length))
  const checkLines = report.checks.map(check => `${check.pass ? 'PASS' : 'FAIL'}  ${check.name.padEnd(width)}  ${check.measured}`)
  return [
    `Medians of ${settings.rounds} rounds of ${settings.seconds} s, ${settings.connections} connections, targets alternating; ` +
      `${settings.people} people (list: ${settings.bigPeople}, deep page after #${settings.deepPosition}).`,
    settings.pinned
      ? `Each target ran on core ${TARGET_CORE}, the load generator on another.`
      : 'Targets and load generator shared the cores: taskset or a second core was missing.',
    '',
    summaryTable,
    '',
    'CPU µs/req is the target\'s own CPU time per answer; target CPU and client CPU are the target\'s and the load generator\'s share of a core ' +
      '(a target well under 1 waited or was kept off its core); other CPU is the cores everything else on the machine kept busy meanwhile (the noise); ' +
      'peak RSS is the highest of the rounds\' own peaks.',
    '',
    'Ratios, taken within each round (≥ 1 means the app is as fast as the other; for list, ≤ 1.5 is the target):',
    '',
    ratioTable,
    '',
    ...mixTables(results, settings.mix),
    '',
    startup,
    '',
    disturbance,
    '',
    ...checkLines
  ].join('\n')
}
