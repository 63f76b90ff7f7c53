// The main measurement: the app against both baselines, in alternating rounds, plus deep list pages, start-up time and peak memory.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { CONNECTIONS, getOne, listPage, mixed, putOne, runLoad } from './load.ts'
import type { LoadResult, Workload } from './load.ts'
import { cursorAfter, personName, seedPeople } from './seed.ts'
import { canPin } from './cores.ts'
import { ADMIN_KEY, appSpec, baselineSpec } from './specs.ts'
import { peakRssMb } from './proc-stats.ts'
import { msSince, probe, startTarget, stopTarget } from './targets.ts'
import type { Target } from './targets.ts'

export interface CompareOptions {
  rounds: number
  seconds: number
  warmupSeconds: number
  people: number
  bigPeople: number
  deepPosition: number
  startupTrials: number
  /** A fresh temporary directory for the SQLite files and logs. */
  workDir: string
  log: (line: string) => void
}

export interface Sample extends LoadResult {
  round: number
  workload: string
  target: string
}

export interface CompareResults {
  settings: Omit<CompareOptions, 'workDir' | 'log'> & { connections: number, pinned: boolean }
  samples: Sample[]
  /** Milliseconds from spawn, per trial. */
  startup: { healthMs: number[], firstGetMs: number[] }
  peakRssMb: Record<string, number>
  /** Request lines in the app's log, warm-up included: at least one per measured request proves the request log stayed on. */
  appLogLines: number
  appRequests: number
}

export const LIST_FIRST = 'list, page 1'
export const LIST_DEEP = 'list, page at 900k'

const AUTH = { authorization: `Bearer ${ADMIN_KEY}`, accept: 'application/json' }

/** Each round starts with a different target, so no target always runs first or last. */
export function rotate<T> (items: readonly T[], by: number): T[] {
  const shift = by % items.length
  return [...items.slice(shift), ...items.slice(0, shift)]
}

async function measureStartup (options: CompareOptions, database: string): Promise<{ app: Target, healthMs: number[], firstGetMs: number[] }> {
  const healthMs: number[] = []
  const firstGetMs: number[] = []
  for (let trial = 1; ; trial++) {
    const app = await startTarget(appSpec('app', { database, logFile: join(options.workDir, 'app.log') }))
    healthMs.push(app.readyMs)
    const status = await probe(`${app.url}/v1/people/${personName(1)}`, AUTH)
    if (status !== 200) throw new Error(`the app answered ${String(status)} to the first authenticated GET:\n${app.stderr()}`)
    firstGetMs.push(msSince(app.spawnedAt))
    options.log(`start-up trial ${trial}: /health after ${app.readyMs.toFixed(0)} ms, first GET after ${firstGetMs.at(-1)?.toFixed(0) ?? '?'} ms`)
    // The last trial's app is the one measured.
    if (trial >= options.startupTrials) return { app, healthMs, firstGetMs }
    await stopTarget(app)
  }
}

/** The per-request lines in a pino log (msg "request"), counted without parsing 100 MB of JSON. */
function countRequestLines (path: string): number {
  const text = readFileSync(path)
  const marker = Buffer.from('"msg":"request"')
  let lines = 0
  for (let at = text.indexOf(marker); at !== -1; at = text.indexOf(marker, at + marker.length)) lines++
  return lines
}

export async function compare (options: CompareOptions): Promise<CompareResults> {
  const { workDir, log } = options
  const appDatabase = join(workDir, 'app.sqlite')
  const baselineDatabase = join(workDir, 'baseline.sqlite')
  const bigDatabase = join(workDir, 'big.sqlite')
  log(`seeding ${options.people} people twice and ${options.bigPeople} once`)
  await seedPeople(appDatabase, options.people)
  await seedPeople(baselineDatabase, options.people)
  await seedPeople(bigDatabase, options.bigPeople)
  const deep = await cursorAfter(bigDatabase, options.deepPosition)

  const { app, healthMs, firstGetMs } = await measureStartup(options, appDatabase)
  const baselineA = await startTarget(baselineSpec('baseline A', baselineDatabase))
  const baselineB = await startTarget(baselineSpec('baseline B', baselineDatabase))
  const bigApp = await startTarget(appSpec('app, 1M people', { database: bigDatabase, logFile: join(workDir, 'big-app.log') }))
  const targets = [baselineA, baselineB, app]

  const mix = mixed(ADMIN_KEY, options.people, 0.1)
  const workloads = [getOne(ADMIN_KEY, options.people), putOne(ADMIN_KEY, options.people), mix]
  const lists = [listPage(LIST_FIRST, ADMIN_KEY, undefined), listPage(LIST_DEEP, ADMIN_KEY, deep.cursor)]

  // Warm-up: every code path JIT-compiled before anything counts.
  log(`warming up for ${options.warmupSeconds} s per target`)
  for (const target of targets) await runLoad(target.url, target.pid, mix, options.warmupSeconds)
  for (const list of lists) await runLoad(bigApp.url, bigApp.pid, list, options.warmupSeconds / 2)

  const samples: Sample[] = []
  const record = async (round: number, target: Target, workload: Workload): Promise<void> => {
    const result = await runLoad(target.url, target.pid, workload, options.seconds)
    samples.push({ round, workload: workload.name, target: target.name, ...result })
    log(`round ${round} ${workload.name.padEnd(18)} ${target.name.padEnd(15)} ${result.rps.toFixed(0).padStart(6)} req/s  p99 ${result.p99} ms`)
  }
  for (let round = 1; round <= options.rounds; round++) {
    for (const workload of workloads) {
      for (const target of rotate(targets, round - 1)) await record(round, target, workload)
    }
    for (const list of rotate(lists, round - 1)) await record(round, bigApp, list)
  }

  const all = [...targets, bigApp]
  const peak = Object.fromEntries(all.map(target => [target.name, peakRssMb(target.pid)]))
  // Stopped before counting, so that the asynchronous log has been flushed.
  for (const target of all) await stopTarget(target)
  const appRequests = samples.filter(sample => sample.target === app.name).reduce((sum, sample) => sum + sample.requests, 0)

  return {
    settings: {
      rounds: options.rounds,
      seconds: options.seconds,
      warmupSeconds: options.warmupSeconds,
      people: options.people,
      bigPeople: options.bigPeople,
      deepPosition: options.deepPosition,
      startupTrials: options.startupTrials,
      connections: CONNECTIONS,
      pinned: canPin
    },
    samples,
    startup: { healthMs, firstGetMs },
    peakRssMb: peak,
    appLogLines: countRequestLines(join(workDir, 'app.log')),
    appRequests
  }
}
