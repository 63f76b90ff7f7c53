// Runs the benchmark (`npm run bench`): the app against baselines and peers; --ladder, --features and --profile run the other measurements instead.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { logFor, wholeNumberOption } from './command-line.ts'
import { formatAllocations, profileAllocations } from './allocations.ts'
import { renderChart } from './chart.ts'
import { compare } from './compare.ts'
import { pinLoadGenerator } from './cores.ts'
import { formatFeatures, measureFeatures } from './features.ts'
import { formatInstructionProfile, profileInstructions } from './instruction-profile.ts'
import { countLadder, formatInstructions } from './instructions.ts'
import { climbLadder, formatLadder } from './ladder.ts'
import { formatProfile, profileApp } from './profile.ts'
import { buildReport } from './report.ts'
import { formatReport } from './tables.ts'
import { killAllTargetsNow, stopAllTargets } from './targets.ts'

const HELP = `npm run bench [-- options]

  (no option)      the app against baselines A and B and the Express and Hono peers: tables,
                   bench/results/latest.json, docs/images/bench.svg
  --ladder         instead: from baseline B to the app one piece at a time, the marginal CPU per request
                   of each on GET, PUT and the mix (bench/results/ladder.json)
  --instructions   with --ladder: count each rung's instructions per request under valgrind instead of
                   timing it; repeatable within a percent or two (bench/results/ladder-instructions.json);
                   with --profile: the app's instructions per request by function and by kind
                   (bench/results/instruction-profile.json)
  --allocations    with --profile: the bytes the app, B and B + headers allocate per request, by function
                   and by source (bench/results/allocations.json)
  --features       instead: the cost of each feature that configuration can switch, on GET (bench/results/features.json)
  --profile        instead: CPU profiles of start-up and of GET, summarized (bench/results/profile.json, *.cpuprofile)
  --only NAME      with --features: only the variants whose names contain NAME (repeatable), and the app as shipped
  --replicas N     with --features: processes per variant, averaged in each round (default 1)
  --rounds N       rounds of alternating targets (default 5; 3 with --ladder; 4 with --features)
  --seconds S      length of each measured run (default 5)
  --warmup S       warm-up per target before the first round (default 3)
`

const RESULTS = join('bench', 'results')
const CHART = join('docs', 'images', 'bench.svg')

const { values: flags } = parseArgs({
  options: {
    ladder: { type: 'boolean', default: false },
    instructions: { type: 'boolean', default: false },
    allocations: { type: 'boolean', default: false },
    features: { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    only: { type: 'string', multiple: true, default: [] },
    replicas: { type: 'string' },
    rounds: { type: 'string' },
    seconds: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '3' },
    help: { type: 'boolean', default: false }
  }
})

function positiveInteger (text: string | undefined, fallback: number, name: string): number {
  return text === undefined ? fallback : wholeNumberOption(text, name)
}

function machine (): Record<string, unknown> {
  return { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', loadavg: loadavg(), at: new Date().toISOString() }
}

function writeJson (name: string, value: unknown): void {
  mkdirSync(RESULTS, { recursive: true })
  writeFileSync(join(RESULTS, name), `${JSON.stringify(value, null, 2)}\n`)
  log(`wrote ${join(RESULTS, name)}`)
}

const log = logFor('bench')

async function runComparison (workDir: string, rounds: number, seconds: number, warmupSeconds: number): Promise<void> {
  const before = machine()
  const results = await compare({ rounds, seconds, warmupSeconds, people: 10_000, bigPeople: 1_000_000, deepPosition: 900_000, startupTrials: 3, workDir, log })
  const report = buildReport(results)
  console.log(`\n${formatReport(results, report)}`)
  writeJson('latest.json', { machine: { before, after: machine() }, ...results, ...report })
  const disturbed = report.disturbed.length === 0 ? '' : `; DISTURBED: ${report.disturbed.length} of ${results.samples.length} runs waited for their core`
  const caption = `${String(before.cpu)}, ${String(before.cpus)} cores (shared), Node.js ${process.version}, ${String(before.at).slice(0, 10)}; npm run bench${disturbed}`
  mkdirSync(join('docs', 'images'), { recursive: true })
  writeFileSync(CHART, renderChart({ summaries: report.summaries, ratios: report.ratios, rounds, connections: results.settings.connections, caption }))
  log(`wrote ${CHART}`)
}

async function main (): Promise<void> {
  if (flags.help) {
    console.log(HELP)
    return
  }
  // Alone, either would run the comparison, and without its load generator on a core of its own.
  if (flags.instructions && !flags.ladder && !flags.profile) throw new Error('--instructions goes with --ladder or --profile')
  if (flags.allocations && !flags.profile) throw new Error('--allocations goes with --profile')
  const seconds = positiveInteger(flags.seconds, 5, 'seconds')
  const warmupSeconds = positiveInteger(flags.warmup, 3, 'warmup')
  // Counted instructions and bytes do not depend on who shares a core, so what counts them takes every core.
  if (!flags.instructions && !flags.allocations) pinLoadGenerator()
  workDir = mkdtempSync(join(tmpdir(), 'rest-api-bench-'))
  try {
    if (!flags.ladder && !flags.features && !flags.profile) await runComparison(workDir, positiveInteger(flags.rounds, 5, 'rounds'), seconds, warmupSeconds)
    if (flags.ladder && flags.instructions) {
      const results = await countLadder({ warmup: 2000, requests: 2000, people: 10_000, workDir, log })
      console.log(`\n${formatInstructions(results)}`)
      writeJson('ladder-instructions.json', { machine: machine(), ...results })
    }
    if (flags.ladder && !flags.instructions) {
      const results = await climbLadder({ rounds: positiveInteger(flags.rounds, 3, 'rounds'), seconds, warmupSeconds, people: 10_000, workDir, log })
      console.log(`\n${formatLadder(results)}`)
      writeJson('ladder.json', { machine: machine(), ...results })
    }
    if (flags.features) {
      const results = await measureFeatures({ rounds: positiveInteger(flags.rounds, 4, 'rounds'), seconds, warmupSeconds, people: 10_000, only: flags.only, replicas: positiveInteger(flags.replicas, 1, 'replicas'), workDir, log })
      console.log(`\n${formatFeatures(results)}`)
      writeJson('features.json', { machine: machine(), ...results })
    }
    if (flags.profile && flags.instructions) {
      const profiles = await profileInstructions({ warmup: 2000, requests: 2000, people: 10_000, workDir, log })
      for (const profile of profiles) console.log(`\n${formatInstructionProfile(profile)}`)
      writeJson('instruction-profile.json', { machine: machine(), profiles })
    }
    if (flags.profile && flags.allocations) {
      const profiles = await profileAllocations({ warmup: 2000, requests: 5000, people: 10_000, workDir, log })
      console.log(`\n${formatAllocations(profiles)}`)
      writeJson('allocations.json', { machine: machine(), profiles })
    }
    if (flags.profile && !flags.instructions && !flags.allocations) {
      mkdirSync(RESULTS, { recursive: true })
      const summaries = await profileApp({ seconds: 2 * seconds, warmupSeconds, people: 10_000, workDir, resultsDir: RESULTS, log })
      for (const summary of summaries) console.log(`\n${formatProfile(summary)}`)
      writeJson('profile.json', { machine: machine(), summaries })
    }
  } finally {
    await cleanUp()
  }
}

/** The SQLite files and logs of this run, removed at the end. */
let workDir: string | undefined

async function cleanUp (): Promise<void> {
  await stopAllTargets()
  if (workDir !== undefined) rmSync(workDir, { recursive: true, force: true })
}

// Whatever happens, no target outlives the benchmark.
process.once('exit', killAllTargetsNow)
process.once('SIGINT', () => {
  log('interrupted: stopping the targets')
  cleanUp().finally(() => process.exit(130))
})

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
