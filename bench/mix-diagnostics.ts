// What shows why the mix costs more than its parts: the mix against (1 − w) GET + w PUT per target and round, and each run's threads, garbage collection and write-ahead log.
import type { Sample } from './compare.ts'
import { median, mediansOf, spread } from './median.ts'
import type { Spread } from './median.ts'
import type { RunDiagnostics } from './watch.ts'
import { THREAD_KINDS } from './watch.ts'
import type { ThreadKind } from './watch.ts'
import { byWorkloadAndTarget, unique } from './report.ts'

export interface Workloads { get: string, put: string, mix: string, writeShare: number }

export interface MixAgainstParts {
  target: string
  getUs: number
  putUs: number
  predictedUs: number
  mixUs: number
  /** Mix − prediction, µs per request, per round: above zero, something couples reads and writes. */
  excessUs: Spread
  predictedRps: number
  rps: number
  /** Mix ÷ prediction, req/s, per round. */
  rpsOfPredicted: Spread
}

export function mixAgainstParts (samples: readonly Sample[], workloads: Workloads): MixAgainstParts[] {
  const w = workloads.writeShare
  return unique(samples.filter(sample => sample.workload === workloads.mix).map(sample => sample.target)).map(target => {
    const rounds = unique(samples.map(sample => String(sample.round))).flatMap(round => {
      const find = (workload: string): Sample | undefined => samples.find(sample => String(sample.round) === round && sample.target === target && sample.workload === workload)
      const [get, put, mix] = [find(workloads.get), find(workloads.put), find(workloads.mix)]
      if (get === undefined || put === undefined || mix === undefined) return []
      const predictedUs = (1 - w) * get.cpuUsPerRequest + w * put.cpuUsPerRequest
      const predictedRps = 1 / ((1 - w) / get.rps + w / put.rps)
      return [{ get, put, mix, predictedUs, predictedRps }]
    })
    const medianOf = (pick: (round: typeof rounds[number]) => number): number => median(rounds.map(pick))
    return {
      target,
      getUs: medianOf(round => round.get.cpuUsPerRequest),
      putUs: medianOf(round => round.put.cpuUsPerRequest),
      predictedUs: medianOf(round => round.predictedUs),
      mixUs: medianOf(round => round.mix.cpuUsPerRequest),
      excessUs: spread(rounds.map(round => round.mix.cpuUsPerRequest - round.predictedUs)),
      predictedRps: medianOf(round => round.predictedRps),
      rps: medianOf(round => round.mix.rps),
      rpsOfPredicted: spread(rounds.map(round => round.mix.rps / round.predictedRps))
    }
  })
}

export interface DiagnosticsSummary extends Omit<RunDiagnostics, 'threadUsPerRequest'> {
  workload: string
  target: string
  /** The slowest answer of any round. */
  maxMs: number
  threadUsPerRequest: Record<ThreadKind, number>
}

/** Medians over rounds; the peaks (the log's size, RSS) are the highest of any round. */
export function summarizeDiagnostics (samples: readonly Sample[]): DiagnosticsSummary[] {
  return byWorkloadAndTarget(samples).map(({ workload, target, runs: samplesOfPair }) => {
    const runs = samplesOfPair.map(sample => sample.diagnostics)
    return {
      workload,
      target,
      threadUsPerRequest: mediansOf(runs.map(run => run.threadUsPerRequest), THREAD_KINDS),
      ...mediansOf(runs, ['mainSystemUsPerRequest', 'blockedPer1000', 'preemptionsPer1000', 'waitedShare', 'loadWaitedShare', 'gcPauseUsPerRequest', 'gcsPer1000', 'majorGcs', 'walBehindFrames', 'walRestarts']),
      walPeakFrames: Math.max(...runs.map(run => run.walPeakFrames)),
      peakRssMb: Math.max(...runs.map(run => run.peakRssMb)),
      maxMs: Math.max(...samplesOfPair.map(sample => sample.maxMs))
    }
  })
}
