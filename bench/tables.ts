// Prints the comparison as plain-text tables and PASS/FAIL lines.
import { TARGET_CORE } from './cores.ts'
import type { CompareResults } from './compare.ts'
import { median } from './median.ts'
import type { Report } from './report.ts'

/** Columns padded to their widest cell; columns of numbers right-aligned. */
export function formatTable (header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map(row => (row[column] ?? '').length)))
  const isNumeric = (column: number): boolean => rows.every(row => /^(?:-|[-+]?[\d.]+)$/.test(row[column] ?? ''))
  const line = (cells: readonly string[]): string => cells.map((cell, column) =>
    isNumeric(column) ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd()
  return [line(header), widths.map(width => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n')
}

const fixed = (value: number, digits = 0): string => Number.isNaN(value) ? '-' : value.toFixed(digits)

export function formatReport (results: CompareResults, report: Report): string {
  const { settings } = results
  const summaryTable = formatTable(
    ['workload', 'target', 'req/s', 'p50 ms', 'p99 ms', 'CPU µs/req', 'client CPU', 'other CPU', 'errors', 'non-2xx'],
    report.summaries.map(row => [row.workload, row.target, fixed(row.rps), fixed(row.p50), fixed(row.p99),
      fixed(row.cpuUsPerRequest), fixed(row.clientCpu, 2), fixed(row.otherCpu, 2), String(row.errors), String(row.non2xx)])
  )
  const rounds = Math.max(...report.ratios.map(row => row.perRound.length))
  const ratioTable = formatTable(
    ['workload', 'ratio', ...Array.from({ length: rounds }, (_, index) => `r${index + 1}`), 'median'],
    report.ratios.map(row => [row.workload, row.label, ...Array.from({ length: rounds }, (_, index) => fixed(row.perRound[index] ?? Number.NaN, 2)), fixed(row.median, 2)])
  )
  const memoryTable = formatTable(['process', 'peak RSS MB'], Object.entries(results.peakRssMb).map(([name, mb]) => [name, fixed(mb)]))
  const startup = `start-up on SQLite (${settings.startupTrials} trials, ms from spawn): /health ${results.startup.healthMs.map(ms => fixed(ms)).join(', ')}` +
    ` (median ${fixed(median(results.startup.healthMs))}); first authenticated GET ${results.startup.firstGetMs.map(ms => fixed(ms)).join(', ')}` +
    ` (median ${fixed(median(results.startup.firstGetMs))})`
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
    'CPU µs/req is the target\'s own CPU time per answer; client CPU is the load generator\'s share of a core; other CPU is the cores' +
      ' everything else on the machine kept busy meanwhile (the noise).',
    '',
    'Ratios, taken within each round (≥ 1 means the app is as fast as the baseline; for list, ≤ 1.5 is the target):',
    '',
    ratioTable,
    '',
    memoryTable,
    '',
    startup,
    '',
    ...checkLines
  ].join('\n')
}
