// The cost ladder (`npm run bench -- --ladder`): from baseline B to the app one piece at a time, the marginal CPU per request of each on GET, PUT and the mix.
import { join } from 'node:path'
import { rotate } from './compare.ts'
import { getOne, mixed, putOne } from './load.ts'
import type { MeasureOptions, Workload } from './load.ts'
import { spread } from './median.ts'
import type { Spread } from './median.ts'
import { APP_RUNG, RUNGS } from './ladder-rungs.ts'
import { DISTURBED_SHARE, isDisturbed } from './report.ts'
import { seedPeople } from './seed.ts'
import { ADMIN_KEY, appSpec, NPM_START } from './specs.ts'
import { send, startTarget } from './targets.ts'
import type { Target, TargetSpec } from './targets.ts'
import { fixed, formatTable, signed } from './text-table.ts'
import { runWatched } from './watch.ts'
import type { WatchedResult } from './watch.ts'

export type LadderOptions = MeasureOptions

export type LadderSample = WatchedResult & { round: number, workload: string, rung: string }

export interface Step {
  rung: string
  adds: string
  /** Header lines of a GET's answer: a rung that adds headers shows here that it is on. */
  getHeaders: number
  /** Per workload: CPU µs per request (median over rounds), and the rung's marginal cost over the one below, per round. */
  workloads: Record<string, { cpuUsPerRequest: Spread, rps: Spread, marginalUs: Spread }>
}

export interface LadderResults {
  settings: Omit<LadderOptions, 'workDir' | 'log'>
  steps: Step[]
  samples: LadderSample[]
}

const AUTH = { authorization: `Bearer ${ADMIN_KEY}`, accept: 'application/json' }

/** Every rung is started as the app is: npm start's node flags, on the targets' core, its log to a file. */
export function rungSpec (index: number, database: string, logFile: string): TargetSpec {
  const rung = RUNGS[index]
  if (rung === undefined) throw new Error(`no rung ${index}`)
  if (rung.id === APP_RUNG) return appSpec(rung.name, { database, logFile, gcProbe: true })
  return {
    name: rung.name,
    script: join('bench', 'ladder-server.ts'),
    env: { LADDER_RUNG: String(index), DATABASE_PATH: database, BLUEPRINT_ADMIN_KEY: ADMIN_KEY },
    nodeArgs: NPM_START.nodeArgs,
    onTargetCore: true,
    logFile,
    database,
    gcProbe: true
  }
}

/** A rung that does not answer a GET and a PUT with 200 would measure its error path. */
async function headersOfWorkingRung (target: Target): Promise<number> {
  const path = `${target.url}/v1/people/person-0000001`
  const read = await send('GET', path, AUTH)
  const write = await send('PUT', path, { ...AUTH, 'content-type': 'application/json' }, JSON.stringify({ email: 'ladder@example.org', comment: null }))
  if (read?.status !== 200 || write?.status !== 200) throw new Error(`${target.name} answered GET ${String(read?.status)}, PUT ${String(write?.status)}:\n${target.stderr()}`)
  return Object.keys(read.headers).length
}

function stepsOf (samples: readonly LadderSample[], workloads: readonly Workload[], headers: readonly number[]): Step[] {
  const find = (round: number, workload: string, rung: string): LadderSample | undefined =>
    samples.find(sample => sample.round === round && sample.workload === workload && sample.rung === rung)
  const rounds = [...new Set(samples.map(sample => sample.round))]
  return RUNGS.map((rung, index) => {
    const below = RUNGS[index - 1]
    const costs = workloads.map(({ name }) => {
      const own = rounds.flatMap(round => find(round, name, rung.name) ?? [])
      const marginal = below === undefined
        ? []
        : rounds.flatMap(round => {
          const [upper, lower] = [find(round, name, rung.name), find(round, name, below.name)]
          return upper === undefined || lower === undefined ? [] : [upper.cpuUsPerRequest - lower.cpuUsPerRequest]
        })
      return [name, { cpuUsPerRequest: spread(own.map(run => run.cpuUsPerRequest)), rps: spread(own.map(run => run.rps)), marginalUs: spread(marginal) }] as const
    })
    return { rung: rung.name, adds: rung.adds, getHeaders: headers[index] ?? Number.NaN, workloads: Object.fromEntries(costs) }
  })
}

export async function climbLadder (options: LadderOptions): Promise<LadderResults> {
  const { workDir, log } = options
  log(`starting ${RUNGS.length} rungs, each on its own SQLite file with ${options.people} people`)
  const targets: Target[] = []
  const headers: number[] = []
  for (const [index, rung] of RUNGS.entries()) {
    const database = join(workDir, `rung-${index}.sqlite`)
    await seedPeople(database, options.people)
    const target = await startTarget(rungSpec(index, database, join(workDir, `rung-${index}.log`)))
    headers.push(await headersOfWorkingRung(target))
    targets.push(target)
    log(`rung ${index} (${rung.id}) answers, ${headers.at(-1) ?? '?'} headers on a GET`)
  }

  const mix = mixed(ADMIN_KEY, options.people)
  const workloads = [getOne(ADMIN_KEY, options.people), putOne(ADMIN_KEY, options.people), mix]
  log(`warming up for ${options.warmupSeconds} s per rung`)
  for (const target of targets) await runWatched(target, mix, options.warmupSeconds)

  const samples: LadderSample[] = []
  for (let round = 1; round <= options.rounds; round++) {
    for (const workload of workloads) {
      for (const target of rotate(targets, round - 1)) {
        const result = await runWatched(target, workload, options.seconds)
        samples.push({ round, workload: workload.name, rung: target.name, ...result })
        log(`round ${round} ${workload.name.padEnd(10)} ${target.name.padEnd(22)} ${result.rps.toFixed(0).padStart(6)} req/s  ${result.cpuUsPerRequest.toFixed(1)} µs CPU/req`)
      }
    }
  }
  const { rounds, seconds, warmupSeconds, people } = options
  return { settings: { rounds, seconds, warmupSeconds, people }, steps: stepsOf(samples, workloads, headers), samples }
}

export function formatLadder (results: LadderResults): string {
  const { rounds, seconds } = results.settings
  const workloads = Object.keys(results.steps[0]?.workloads ?? {})
  const rows = results.steps.map(step => [
    step.rung,
    ...workloads.flatMap(workload => {
      const cost = step.workloads[workload]
      return cost === undefined ? ['-', '-'] : [fixed(cost.cpuUsPerRequest.median, 1), signed(cost.marginalUs.median, 1)]
    }),
    String(step.getHeaders),
    step.adds
  ])
  const disturbed = results.samples.filter(isDisturbed).length
  return [
    `The cost ladder: CPU µs per request, medians of ${rounds} rounds of ${seconds} s with the rungs alternating; ` +
      'Δ is the median over rounds of the rung minus the one below it, in the same round.',
    '',
    formatTable(['rung', ...workloads.flatMap(workload => [`${workload} µs`, 'Δ']), 'GET headers', 'adds'], rows),
    '',
    disturbed === 0
      ? `No run was disturbed: neither rung nor load generator waited for its core more than ${DISTURBED_SHARE * 100}% of a run.`
      : `DISTURBED: in ${disturbed} of ${results.samples.length} runs the rung or the load generator waited for its core more than ${DISTURBED_SHARE * 100}% of the run; ` +
        'other processes shared the cores, so read these figures as a smoke test, not a measurement.'
  ].join('\n')
}
