// The peak memory of the app holding a million people, under the comparison's list workloads, for one or more sets of node flags (`node bench/peak-memory.ts`).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { logFor, wholeNumberOption } from './command-line.ts'
import { pinLoadGenerator } from './cores.ts'
import { listPage } from './load.ts'
import { median } from './median.ts'
import { cursorAfter, seedPeople } from './seed.ts'
import { ADMIN_KEY, appSpec, NPM_START, warmCompileCache } from './specs.ts'
import { fixed, formatTable } from './text-table.ts'
import { startTarget, stopAllTargets, stopTarget } from './targets.ts'
import { runWatched } from './watch.ts'

const HELP = `node bench/peak-memory.ts [options]

  starts the app on a million people as the comparison does, warms it up on
  the first list page and the page at 900,000, then runs each for 5 s, four
  times; reports each process's peak RSS from start to end (VmHWM), for each
  set of node flags, the sets taking turns: table,
  bench/results/peak-memory.json
  --flags="F"   the node flags to start the app with, instead of npm start's
                (with "=", as they begin with dashes); repeatable, one set
                each (default: npm start's alone)
  --trials N    processes started per set of flags (default 3)
`

const PEOPLE = 1_000_000
const DEEP_POSITION = 900_000
const WARMUP_SECONDS = 1.5
const RUN_SECONDS = 5
const RUNS_OF_EACH_PAGE = 4

const { values: flags } = parseArgs({
  options: {
    flags: { type: 'string', multiple: true, default: [NPM_START.nodeArgs.join(' ')] },
    trials: { type: 'string', default: '3' },
    help: { type: 'boolean', default: false }
  }
})

const log = logFor('peak-memory')

interface Trial {
  flags: string
  trial: number
  peakRssMb: number
}

/** One process from start to stop, as the comparison keeps its million-person app through every round. */
async function peakOf (nodeArgs: string[], database: string, deepCursor: string): Promise<number> {
  // The app as the comparison starts it, with these flags in place of npm start's.
  const target = await startTarget({ ...appSpec('app, 1M people', { database, logFile: '/dev/null', gcProbe: true }), nodeArgs })
  try {
    const pages = [listPage('list, page 1', ADMIN_KEY, undefined), listPage('list, page at 900k', ADMIN_KEY, deepCursor)]
    for (const page of pages) await runWatched(target, page, WARMUP_SECONDS)
    let peak = 0
    // runWatched starts each run's VmHWM afresh, so the process's peak is the highest of its runs.
    for (let run = 0; run < RUNS_OF_EACH_PAGE; run++) {
      for (const page of pages) peak = Math.max(peak, (await runWatched(target, page, RUN_SECONDS)).diagnostics.peakRssMb)
    }
    return peak
  } finally {
    await stopTarget(target)
  }
}

async function main (): Promise<void> {
  if (flags.help) {
    console.log(HELP)
    return
  }
  const trials = wholeNumberOption(flags.trials, 'trials')
  pinLoadGenerator()
  const workDir = mkdtempSync(join(tmpdir(), 'rest-api-peak-memory-'))
  try {
    warmCompileCache('.')
    log(`seeding ${PEOPLE} people`)
    const database = join(workDir, 'big.sqlite')
    await seedPeople(database, PEOPLE)
    const { cursor } = await cursorAfter(database, DEEP_POSITION)
    const results: Trial[] = []
    for (let trial = 1; trial <= trials; trial++) {
      for (const set of flags.flags) {
        const nodeArgs = set.split(' ').filter(Boolean)
        // The compile cache is keyed by some of V8's flags: each set gets its cache filled before it is measured.
        warmCompileCache('.', nodeArgs)
        const peakRssMb = await peakOf(nodeArgs, database, cursor)
        results.push({ flags: set, trial, peakRssMb })
        log(`trial ${trial}, node ${set}: peak RSS ${fixed(peakRssMb)} MiB`)
      }
    }
    const rows = flags.flags.map(set => {
      const peaks = results.filter(result => result.flags === set).map(result => result.peakRssMb)
      return [set === '' ? '(none)' : set, fixed(median(peaks)), fixed(Math.max(...peaks)), peaks.map(peak => fixed(peak)).join(', ')]
    })
    console.log(formatTable(['node flags', 'median peak RSS MiB', 'highest', 'trials'], rows))
    writeFileSync(join('bench', 'results', 'peak-memory.json'), `${JSON.stringify({ people: PEOPLE, deepPosition: DEEP_POSITION, results }, null, 2)}\n`)
  } finally {
    rmSync(workDir, { recursive: true, force: true })
  }
}

try {
  await main()
} finally {
  await stopAllTargets()
}
