// Measures the app of an earlier commit against the app of this checkout, side by side on the same core (`node bench/before-after.ts --before REV`).
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { logFor, wholeNumberOption } from './command-line.ts'
import { pinLoadGenerator } from './cores.ts'
import { CONNECTIONS, getOne, mixed, putOne, runLoad } from './load.ts'
import type { LoadResult, Workload } from './load.ts'
import { median } from './median.ts'
import { peakRssMb, scheduling, threadTimes } from './proc-stats.ts'
import { DISTURBED_SHARE } from './report.ts'
import { seedPeople } from './seed.ts'
import { ADMIN_KEY, appSpec, NPM_START, npmStartIn, warmCompileCache } from './specs.ts'
import type { NpmStart } from './specs.ts'
import { fixed, formatTable } from './text-table.ts'
import { startTarget, stopAllTargets, stopTarget } from './targets.ts'

const HELP = `node bench/before-after.ts --before REV [options]

  the app as of commit REV against the app in this checkout, one workload at a
  time, alternating which goes first, each started afresh as its own npm start
  (node flags included) on a copy of the same seeded database: table,
  bench/results/before-after.json
  --before REV     a commit, tag or branch; it is checked out in a temporary worktree
  --workload W     GET, PUT or mix (90/10), repeatable (default: all three)
  --rounds N       rounds per workload (default 4)
  --seconds S      length of each measured run, after 2 s of warm-up (default 5)
  --connections N  connections kept busy by the load generator (default ${CONNECTIONS})
`

const RESULTS = join('bench', 'results')
const PEOPLE = 10_000
const WARMUP_SECONDS = 2
const SIDES = ['before', 'after'] as const
type Side = typeof SIDES[number]

const WORKLOADS = {
  GET: () => getOne(ADMIN_KEY, PEOPLE),
  PUT: () => putOne(ADMIN_KEY, PEOPLE),
  mix: () => mixed(ADMIN_KEY, PEOPLE)
} satisfies Record<string, () => Workload>
type WorkloadName = keyof typeof WORKLOADS

const isWorkloadName = (name: string): name is WorkloadName => Object.hasOwn(WORKLOADS, name)

const { values: flags } = parseArgs({
  options: {
    before: { type: 'string' },
    workload: { type: 'string', multiple: true, default: Object.keys(WORKLOADS) },
    rounds: { type: 'string', default: '4' },
    seconds: { type: 'string', default: '5' },
    connections: { type: 'string', default: String(CONNECTIONS) },
    help: { type: 'boolean', default: false }
  }
})

interface Sample extends LoadResult {
  round: number
  workload: string
  side: Side
  /** The main thread's user and system time per request, in microseconds: where a change in the request path shows. */
  mainUserUs: number
  mainSystemUs: number
  /** The larger share of the run that the target's main thread or the load generator was ready to run but waited for its core. */
  waitedShare: number
  /** The process's peak RSS from its start to the end of the run (VmHWM), in MiB. */
  peakRssMb: number
}

const log = logFor('before-after')

/** The earlier commit in a worktree of its own, sharing this checkout's node_modules: the same dependencies, unless the lockfile changed between the two. */
function checkOut (revision: string, directory: string): string {
  execFileSync('git', ['worktree', 'add', '--detach', directory, revision], { stdio: 'ignore' })
  symlinkSync(resolve('node_modules'), join(directory, 'node_modules'))
  return execFileSync('git', ['-C', directory, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim()
}

async function measure (side: Side, start: NpmStart, database: string, workload: Workload, seconds: number, connections: number, logFile: string): Promise<Omit<Sample, 'round' | 'workload' | 'side'>> {
  const target = await startTarget({ ...appSpec(side, { database, logFile }), ...start })
  try {
    await runLoad(target.url, target.pid, workload, WARMUP_SECONDS, connections)
    const mainThread = (): { user: number, system: number } => {
      const times = threadTimes(target.pid).find(thread => thread.tid === target.pid)
      return { user: times?.userSeconds ?? Number.NaN, system: times?.systemSeconds ?? Number.NaN }
    }
    const waitedSeconds = (): number[] => [scheduling(target.pid).waitedSeconds, scheduling(process.pid).waitedSeconds]
    const before = mainThread()
    const waitedBefore = waitedSeconds()
    const started = process.hrtime.bigint()
    const result = await runLoad(target.url, target.pid, workload, seconds, connections)
    const elapsed = Number(process.hrtime.bigint() - started) / 1e9
    const waited = waitedSeconds().map((total, index) => (total - (waitedBefore[index] ?? 0)) / elapsed)
    const after = mainThread()
    const perRequest = (seconds: number): number => seconds * 1e6 / result.requests
    return { ...result, mainUserUs: perRequest(after.user - before.user), mainSystemUs: perRequest(after.system - before.system), waitedShare: Math.max(...waited), peakRssMb: peakRssMb(target.pid) }
  } finally {
    await stopTarget(target)
  }
}

let worktree: string | undefined
let workDir: string | undefined

async function main (): Promise<void> {
  if (flags.help || flags.before === undefined) {
    console.log(HELP)
    return
  }
  const rounds = wholeNumberOption(flags.rounds, 'rounds')
  const seconds = wholeNumberOption(flags.seconds, 'seconds')
  const connections = wholeNumberOption(flags.connections, 'connections')
  const unknown = flags.workload.filter(name => !isWorkloadName(name))
  if (unknown.length > 0) throw new Error(`--workload is one of ${Object.keys(WORKLOADS).join(', ')}, not ${unknown.join(', ')}`)
  const workloadNames = flags.workload.filter(isWorkloadName)

  // The load generator keeps to its own core, so that it never takes the target's from it.
  pinLoadGenerator()
  workDir = mkdtempSync(join(tmpdir(), 'rest-api-before-after-'))
  worktree = join(workDir, 'before')
  const beforeCommit = checkOut(flags.before, worktree)
  // A new worktree's first start would be the one cold start of the comparison.
  for (const directory of [worktree, '.']) warmCompileCache(directory)
  const afterCommit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim()
  // Each side starts as its own package.json's `npm start` does, node flags
  // included, so that a change of flags is measured like a change of code.
  const starts: Record<Side, NpmStart> = { before: npmStartIn(worktree), after: NPM_START }
  log(`before: ${beforeCommit} (${flags.before}); after: this checkout, at ${afterCommit} with its uncommitted changes`)
  for (const side of SIDES) log(`${side}: node ${[...starts[side].nodeArgs, starts[side].script].join(' ')}`)

  const seeded = join(workDir, 'seeded.sqlite')
  await seedPeople(seeded, PEOPLE)
  const samples: Sample[] = []
  for (const name of workloadNames) {
    const workload = WORKLOADS[name]()
    for (let round = 1; round <= rounds; round++) {
      // Odd rounds start with the code before, even rounds with the code after.
      for (const side of round % 2 === 1 ? SIDES : [...SIDES].reverse()) {
        const database = join(workDir, `${side}-${name}-${round}.sqlite`)
        copyFileSync(seeded, database)
        const result = await measure(side, starts[side], database, workload, seconds, connections, join(workDir, `${side}.log`))
        samples.push({ round, workload: name, side, ...result })
        log(`round ${round} ${name.padEnd(4)} ${side.padEnd(6)} ${fixed(result.rps).padStart(6)} req/s  ${fixed(result.cpuUsPerRequest, 1)} µs CPU/req  ` +
          `main user ${fixed(result.mainUserUs, 1)} sys ${fixed(result.mainSystemUs, 1)}  p99 ${result.p99} ms  peak RSS ${fixed(result.peakRssMb)} MiB  waited ${fixed(result.waitedShare * 100)}%  errors ${result.errors + result.non2xx}`)
      }
    }
  }

  const summaries = workloadNames.flatMap(workload => SIDES.map(side => {
    const runs = samples.filter(sample => sample.workload === workload && sample.side === side)
    const of = (pick: (sample: Sample) => number): number => median(runs.map(pick))
    return {
      workload,
      side,
      rps: of(run => run.rps),
      cpuUsPerRequest: of(run => run.cpuUsPerRequest),
      mainUserUs: of(run => run.mainUserUs),
      mainSystemUs: of(run => run.mainSystemUs),
      p99: of(run => run.p99),
      peakRssMb: of(run => run.peakRssMb),
      highestPeakRssMb: Math.max(...runs.map(run => run.peakRssMb)),
      errors: runs.reduce((sum, run) => sum + run.errors + run.non2xx, 0)
    }
  }))
  const ratios = workloadNames.map(workload => {
    const perRound = Array.from({ length: rounds }, (_, index) => {
      const pick = (side: Side): Sample | undefined => samples.find(sample => sample.round === index + 1 && sample.workload === workload && sample.side === side)
      return (pick('after')?.rps ?? Number.NaN) / (pick('before')?.rps ?? Number.NaN)
    })
    return { workload, rps: median(perRound), perRound }
  })

  console.log(`\nbefore: ${beforeCommit}; after: ${afterCommit} and this checkout's changes. Medians of ${rounds} rounds of ${seconds} s, ${connections} connections, ${PEOPLE} people.\n`)
  console.log(formatTable(
    ['workload', 'code', 'req/s', 'CPU µs/req', 'main user µs', 'main sys µs', 'p99 ms', 'peak RSS MiB (highest)', 'errors'],
    summaries.map(row => [row.workload, row.side, fixed(row.rps), fixed(row.cpuUsPerRequest, 1), fixed(row.mainUserUs, 1), fixed(row.mainSystemUs, 1), fixed(row.p99),
      `${fixed(row.peakRssMb)} (${fixed(row.highestPeakRssMb)})`, String(row.errors)])
  ))
  console.log(`\n${formatTable(
    ['workload', 'after/before req/s', ...Array.from({ length: rounds }, (_, index) => `r${index + 1}`)],
    ratios.map(row => [row.workload, fixed(row.rps, 2), ...row.perRound.map(ratio => fixed(ratio, 2))])
  )}`)

  const disturbed = samples.filter(sample => sample.waitedShare > DISTURBED_SHARE)
  if (disturbed.length > 0) {
    const most = Math.max(...disturbed.map(sample => sample.waitedShare))
    console.log(`\nDISTURBED: in ${disturbed.length} of ${samples.length} runs the target or the load generator waited for its core more than ${DISTURBED_SHARE * 100}% of the run (the most: ${fixed(most * 100)}%); read these figures as a smoke test, not a measurement.`)
  }

  mkdirSync(RESULTS, { recursive: true })
  const file = join(RESULTS, 'before-after.json')
  writeFileSync(file, `${JSON.stringify({
    before: { revision: flags.before, commit: beforeCommit },
    after: { commit: afterCommit },
    settings: { rounds, seconds, warmupSeconds: WARMUP_SECONDS, people: PEOPLE, connections },
    summaries,
    ratios,
    disturbedRuns: disturbed.length,
    samples
  }, null, 2)}\n`)
  log(`wrote ${file}`)
}

function cleanUp (): void {
  if (worktree !== undefined) {
    execFileSync('git', ['worktree', 'remove', '--force', worktree], { stdio: 'ignore' })
    worktree = undefined
  }
  if (workDir !== undefined) rmSync(workDir, { recursive: true, force: true })
  workDir = undefined
}

try {
  await main()
} finally {
  await stopAllTargets()
  cleanUp()
}
