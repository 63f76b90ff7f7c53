// The main measurement: the app against the baselines and peers, in alternating rounds, plus deep list pages, start-up time and peak memory.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { CONNECTIONS, getOne, listPage, mixed, putOne, WRITE_SHARE } from './load.ts'
import type { MeasureOptions, Workload } from './load.ts'
import { cursorAfter, personName, seedPeople } from './seed.ts'
import { canPin } from './cores.ts'
import { ADMIN_KEY, appSpec, otherSpec, warmCompileCache } from './specs.ts'
import type { OtherTarget } from './specs.ts'
import { peakRssMb } from './proc-stats.ts'
import { msSince, probe, startTarget, stopTarget } from './targets.ts'
import type { Target } from './targets.ts'
import { runWatched } from './watch.ts'
import type { WatchedResult } from './watch.ts'
import type { Workloads } from './mix-diagnostics.ts'

export interface CompareOptions extends MeasureOptions {
  bigPeople: number
  deepPosition: number
  startupTrials: number
}

export type Sample = WatchedResult & {
  round: number
  workload: string
  target: string
}

export interface CompareResults {
  settings: Omit<CompareOptions, 'workDir' | 'log'> & { connections: number, pinned: boolean, mix: Workloads }
  samples: Sample[]
  /**
   * Milliseconds from spawn, per trial; baseline B's start-up alternates with
   * the app's, so that a slow phase of the machine shows in both.
   */
  startup: { healthMs: number[], firstGetMs: number[], baselineBHealthMs?: number[] }
  /** Peak RSS from start through warm-up, before the first measured run resets it. */
  warmupPeakRssMb: Record<string, number>
  /** Request lines in the app's log, warm-up included: at least one per measured request proves the request log stayed on. */
  appLogLines: number
  appRequests: number
}

export const LIST_FIRST = 'list, page 1'
export const LIST_DEEP = 'list, page at 900k'
const OTHERS: readonly OtherTarget[] = ['baseline A', 'baseline B', 'B + headers', 'Express', 'Hono']

const AUTH = { authorization: `Bearer ${ADMIN_KEY}`, accept: 'application/json' }

/** Each round starts with a different target, so no target always runs first or last. */
export function rotate<T> (items: readonly T[], by: number): T[] {
  const shift = by % items.length
  return [...items.slice(shift), ...items.slice(0, shift)]
}

interface Startup {
  app: Target
  healthMs: number[]
  firstGetMs: number[]
  baselineBHealthMs: number[]
}

/**
 * The app's start-up against an absolute target (a second) is a measure of
 * the machine as much as of the app: baseline B, started alone before each
 * of the app's trials, says how fast the machine starts a process that does
 * least.
 */
async function measureStartup (options: CompareOptions, database: string, baselineBDatabase: string): Promise<Startup> {
  const healthMs: number[] = []
  const firstGetMs: number[] = []
  const baselineBHealthMs: number[] = []
  for (let trial = 1; ; trial++) {
    const baselineB = await startTarget(otherSpec('baseline B', baselineBDatabase))
    baselineBHealthMs.push(baselineB.readyMs)
    await stopTarget(baselineB)
    const app = await startTarget(appSpec('app', { database, logFile: join(options.workDir, 'app.log'), gcProbe: true }))
    healthMs.push(app.readyMs)
    const status = await probe(`${app.url}/v1/people/${personName(1)}`, AUTH)
    if (status !== 200) throw new Error(`the app answered ${String(status)} to the first authenticated GET:\n${app.stderr()}`)
    firstGetMs.push(msSince(app.spawnedAt))
    options.log(`start-up trial ${trial}: /health after ${app.readyMs.toFixed(0)} ms, first GET after ${firstGetMs.at(-1)?.toFixed(0) ?? '?'} ms; baseline B's /health after ${baselineB.readyMs.toFixed(0)} ms`)
    // The last trial's app is the one measured.
    if (trial >= options.startupTrials) return { app, healthMs, firstGetMs, baselineBHealthMs }
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

/** A file of its own for every target that writes, so that no target's log or checkpoints touch another's. */
async function seeded (options: CompareOptions, name: string, people: number): Promise<string> {
  const path = join(options.workDir, `${name.replaceAll(/\W+/g, '-')}.sqlite`)
  await seedPeople(path, people)
  return path
}

export async function compare (options: CompareOptions): Promise<CompareResults> {
  const { workDir, log } = options
  log('filling Node\'s compile cache, as npm run warm does before a deployment starts')
  warmCompileCache('.')
  log(`seeding ${options.people} people for every target and ${options.bigPeople} once`)
  const appDatabase = await seeded(options, 'app', options.people)
  const bigDatabase = await seeded(options, 'big', options.bigPeople)
  const deep = await cursorAfter(bigDatabase, options.deepPosition)

  const databaseOf = {} as Record<OtherTarget, string>
  for (const name of OTHERS) databaseOf[name] = await seeded(options, name, options.people)
  const { app: firstApp, healthMs, firstGetMs, baselineBHealthMs } = await measureStartup(options, appDatabase, databaseOf['baseline B'])
  const startOthers = async (): Promise<Target[]> => await Promise.all(OTHERS.map(async name => await startTarget(otherSpec(name, databaseOf[name]))))
  const startApp = async (): Promise<Target> => await startTarget(appSpec('app', { database: appDatabase, logFile: join(workDir, 'app.log'), gcProbe: true }))
  const bigApp = await startTarget(appSpec('app, 1M people', { database: bigDatabase, logFile: join(workDir, 'big-app.log'), gcProbe: true }))

  const mix = mixed(ADMIN_KEY, options.people)
  const [get, put] = [getOne(ADMIN_KEY, options.people), putOne(ADMIN_KEY, options.people)]
  const workloads = [get, put, mix]
  const lists = [listPage(LIST_FIRST, ADMIN_KEY, undefined), listPage(LIST_DEEP, ADMIN_KEY, deep.cursor)]

  // Warm-up: every code path JIT-compiled before anything counts.
  const warmUp = async (targets: readonly Target[]): Promise<void> => {
    log(`warming up for ${options.warmupSeconds} s per target`)
    for (const target of targets) await runWatched(target, mix, options.warmupSeconds)
  }
  let targets = [...await startOthers(), firstApp]
  await warmUp(targets)
  for (const list of lists) await runWatched(bigApp, list, options.warmupSeconds / 2)
  const warmupPeakRssMb: Record<string, number> = Object.fromEntries([...targets, bigApp].map(target => [target.name, peakRssMb(target.pid)]))

  const samples: Sample[] = []
  const record = async (round: number, target: Target, workload: Workload): Promise<void> => {
    const result = await runWatched(target, workload, options.seconds)
    samples.push({ round, workload: workload.name, target: target.name, ...result })
    log(`round ${round} ${workload.name.padEnd(18)} ${target.name.padEnd(15)} ${result.rps.toFixed(0).padStart(6)} req/s  p99 ${result.p99} ms  ${result.cpuUsPerRequest.toFixed(0)} µs CPU/req`)
  }
  for (let round = 1; round <= options.rounds; round++) {
    // Every round after the first starts each target afresh: two processes of
    // the same code can differ by a fifth on a shared machine (where the
    // kernel put their memory, what V8 compiled when), and a process kept for
    // the whole run would give every round the same luck.
    if (round > 1) {
      for (const target of targets) await stopTarget(target)
      targets = [...await startOthers(), await startApp()]
      await warmUp(targets)
      for (const target of targets) warmupPeakRssMb[target.name] = Math.max(warmupPeakRssMb[target.name] ?? 0, peakRssMb(target.pid))
    }
    for (const workload of workloads) {
      for (const target of rotate(targets, round - 1)) await record(round, target, workload)
    }
    for (const list of rotate(lists, round - 1)) await record(round, bigApp, list)
  }

  // Stopped before counting, so that the asynchronous log has been flushed.
  for (const target of [...targets, bigApp]) await stopTarget(target)
  const appRequests = samples.filter(sample => sample.target === 'app').reduce((sum, sample) => sum + sample.requests, 0)

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
      pinned: canPin,
      mix: { get: get.name, put: put.name, mix: mix.name, writeShare: WRITE_SHARE }
    },
    samples,
    startup: { healthMs, firstGetMs, baselineBHealthMs },
    warmupPeakRssMb,
    appLogLines: countRequestLines(join(workDir, 'app.log')),
    appRequests
  }
}
