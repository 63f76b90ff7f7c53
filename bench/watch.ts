// One measured run, and what its target did besides answering: CPU per thread, garbage collection, its write-ahead log and its peak memory.
import { runLoad } from './load.ts'
import type { LoadResult, Workload } from './load.ts'
import { peakRssMb, resetPeakRss, scheduling, threadTimes } from './proc-stats.ts'
import type { Scheduling, ThreadTimes } from './proc-stats.ts'
import type { Target } from './targets.ts'
import { walIndex, walRestarts } from './wal.ts'

export const THREAD_KINDS = ['main', 'V8 helpers', 'worker threads', 'libuv pool', 'other'] as const
export type ThreadKind = typeof THREAD_KINDS[number]

/** Node's names for its threads; the main thread is the one whose id is the process's. */
const KIND_BY_NAME: Readonly<Record<string, ThreadKind>> = { V8Worker: 'V8 helpers', WorkerThread: 'worker threads', 'libuv-worker': 'libuv pool' }

export interface RunDiagnostics {
  /** CPU µs per answered request by kind of thread, all on the target's one core: V8's helpers collect garbage and compile, the app's worker thread checkpoints. */
  threadUsPerRequest: Record<ThreadKind, number>
  /** The main thread's system time per request: system calls, for the sockets and SQLite's files. */
  mainSystemUsPerRequest: number
  /** Times the main thread gave up the core to wait (a lock, a sleep, the disk), per 1000 requests: near 0 for a server that always has work. */
  blockedPer1000: number
  /** Times the main thread was taken off the core while it still had work, per 1000 requests. */
  preemptionsPer1000: number
  /** Share of the run the main thread was ready but waited for the core: its own threads or, if above theirs, other processes. */
  waitedShare: number
  /** The same for the load generator (this process): a generator kept off its core sends nothing, whatever the target could do. */
  loadWaitedShare: number
  /** Pauses of the main thread for garbage collection, from gc-probe.js; NaN for a target without it. */
  gcPauseUsPerRequest: number
  gcsPer1000: number
  majorGcs: number
  /** The write-ahead log's length in pages, sampled every 100 ms: its longest, and on average how much of it was not yet copied back; NaN for a target without a database. */
  walPeakFrames: number
  walBehindFrames: number
  /** How often SQLite started the log over during the run. */
  walRestarts: number
  /** The run's own peak: VmHWM is reset as it starts. */
  peakRssMb: number
}

export type WatchedResult = LoadResult & { diagnostics: RunDiagnostics }

interface GcTotals { count: number, ms: number, major: number }

const UNKNOWN_GC: GcTotals = { count: Number.NaN, ms: Number.NaN, major: Number.NaN }

/** Asks gc-probe.js in the target for its totals so far. */
async function gcTotals ({ child }: Target): Promise<GcTotals> {
  if (!child.connected) return UNKNOWN_GC
  return await new Promise(resolve => {
    const answer = (message: unknown): void => {
      clearTimeout(timer)
      resolve(message as GcTotals)
    }
    const timer = setTimeout(() => {
      child.off('message', answer)
      resolve(UNKNOWN_GC)
    }, 2000)
    child.once('message', answer)
    child.send('totals')
  })
}

function secondsByKind (pid: number, before: readonly ThreadTimes[], after: readonly ThreadTimes[]): Record<ThreadKind, number> {
  const seconds = Object.fromEntries(THREAD_KINDS.map(kind => [kind, 0])) as Record<ThreadKind, number>
  for (const thread of after) {
    const earlier = before.find(other => other.tid === thread.tid)
    const kind = thread.tid === pid ? 'main' : KIND_BY_NAME[thread.name] ?? 'other'
    seconds[kind] += thread.userSeconds + thread.systemSeconds - (earlier === undefined ? 0 : earlier.userSeconds + earlier.systemSeconds)
  }
  return seconds
}

// The kernel counts a wait when it ends, so one that began before the run could count for more than the run lasted.
function waitedShare (before: Scheduling, after: Scheduling, elapsed: number): number {
  return Math.min(1, (after.waitedSeconds - before.waitedSeconds) / elapsed)
}

function mainSystemSeconds (pid: number, threads: readonly ThreadTimes[]): number {
  return threads.find(thread => thread.tid === pid)?.systemSeconds ?? Number.NaN
}

/** runLoad, watched from outside (/proc, the write-ahead log's files) and from inside (gc-probe.js), without adding work to the target while it runs. */
export async function runWatched (target: Target, workload: Workload, seconds: number): Promise<WatchedResult> {
  const { pid, database } = target
  const restarts = (): number => database === undefined ? Number.NaN : walRestarts(database) ?? Number.NaN
  const wal = { peak: 0, behind: 0, samples: 0 }
  const sample = (): void => {
    const index = database === undefined ? undefined : walIndex(database)
    if (index === undefined) return
    wal.peak = Math.max(wal.peak, index.frames)
    wal.behind += index.frames - index.backfilled
    wal.samples++
  }
  resetPeakRss(pid)
  const gcBefore = await gcTotals(target)
  const threadsBefore = threadTimes(pid)
  const scheduledBefore = scheduling(pid)
  const loadScheduledBefore = scheduling(process.pid)
  const restartsBefore = restarts()
  sample()
  const sampler = setInterval(sample, 100)
  const started = process.hrtime.bigint()
  const result = await runLoad(target.url, pid, workload, seconds)
  const elapsed = Number(process.hrtime.bigint() - started) / 1e9
  clearInterval(sampler)
  const threadsAfter = threadTimes(pid)
  const scheduledAfter = scheduling(pid)
  const loadScheduledAfter = scheduling(process.pid)
  const gcAfter = await gcTotals(target)
  const perRequest = (value: number): number => result.requests === 0 ? Number.NaN : value / result.requests
  const byKind = secondsByKind(pid, threadsBefore, threadsAfter)
  const restartsAfter = restarts()
  return {
    ...result,
    diagnostics: {
      threadUsPerRequest: Object.fromEntries(THREAD_KINDS.map(kind => [kind, perRequest(byKind[kind] * 1e6)])) as Record<ThreadKind, number>,
      mainSystemUsPerRequest: perRequest((mainSystemSeconds(pid, threadsAfter) - mainSystemSeconds(pid, threadsBefore)) * 1e6),
      blockedPer1000: perRequest((scheduledAfter.blocked - scheduledBefore.blocked) * 1000),
      preemptionsPer1000: perRequest((scheduledAfter.preempted - scheduledBefore.preempted) * 1000),
      waitedShare: waitedShare(scheduledBefore, scheduledAfter, elapsed),
      loadWaitedShare: waitedShare(loadScheduledBefore, loadScheduledAfter, elapsed),
      gcPauseUsPerRequest: perRequest((gcAfter.ms - gcBefore.ms) * 1000),
      gcsPer1000: perRequest((gcAfter.count - gcBefore.count) * 1000),
      majorGcs: gcAfter.major - gcBefore.major,
      walPeakFrames: wal.samples === 0 ? Number.NaN : wal.peak,
      walBehindFrames: wal.samples === 0 ? Number.NaN : wal.behind / wal.samples,
      // A log that did not exist when the run began is counted from its first header.
      walRestarts: restartsAfter - (Number.isNaN(restartsBefore) ? restartsAfter : restartsBefore),
      peakRssMb: peakRssMb(pid)
    }
  }
}
