// The cost ladder in instructions (`npm run bench -- --ladder --instructions`): each rung's main thread counted by valgrind, for the same requests, one after another.
import { execFile } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { Agent, request } from 'node:http'
import { availableParallelism } from 'node:os'
import { basename, dirname, join } from 'node:path'
import { promisify } from 'node:util'
import { rungSpec } from './ladder.ts'
import { RUNGS } from './ladder-rungs.ts'
import { WRITE_SHARE } from './load.ts'
import { seedPeople, personName } from './seed.ts'
import { ADMIN_KEY, otherSpec } from './specs.ts'
import { startTarget, stopTarget, targetEnvironment } from './targets.ts'
import type { Target, TargetSpec } from './targets.ts'
import { fixed, formatTable, signed } from './text-table.ts'

/**
 * CPU time per request moves by a few µs from run to run, as much as many
 * rungs cost. Instructions do not: valgrind counts every one the target
 * executes, whatever else the machine does, and the same requests count the
 * same within a percent or two, most of it garbage collection. They are not time (a cache miss costs
 * no instruction), so this ladder says which rung does the work, and the
 * timed one what the work costs.
 */
const CALLGRIND = ['valgrind', '--tool=callgrind', '--separate-threads=yes', '--dump-line=no']

export const WORKLOADS = ['GET', 'PUT'] as const
export type Method = typeof WORKLOADS[number]
/** What a count sends: GETs, PUTs, or the two mixed as the timed 90/10 mix mixes them. */
export type Sequence = Method | 'mix'
// One request at a time has no chance to draw on, so the mix's writes come
// at fixed places: every tenth request, for a WRITE_SHARE of 0.1.
const WRITE_EVERY = Math.round(1 / WRITE_SHARE)

function methodAt (sequence: Sequence, index: number): Method {
  if (sequence !== 'mix') return sequence
  return index % WRITE_EVERY === WRITE_EVERY - 1 ? 'PUT' : 'GET'
}

export interface InstructionOptions {
  /** Requests sent before counting starts, of each method: enough for V8 to have compiled the hot path. */
  warmup: number
  /** Requests counted, of each method. */
  requests: number
  people: number
  workDir: string
  log: (line: string) => void
}

/** Instructions per request: on the thread that answers, and on every thread (V8's compilers and collectors, the checkpoint thread). */
export interface Count {
  mainThread: number
  allThreads: number
}

export interface InstructionStep {
  rung: string
  adds: string
  counts: Record<Method, Count>
}

export interface InstructionResults {
  settings: Omit<InstructionOptions, 'workDir' | 'log'>
  steps: InstructionStep[]
  references: Array<{ target: string, counts: Record<Method, Count> }>
}

const agent = new Agent({ keepAlive: true, maxSockets: 1 })

/** One request at a time, on one kept-alive connection: the same requests in the same order for every rung. */
async function send (target: Target, method: Method, index: number, people: number): Promise<void> {
  const body = method === 'PUT' ? JSON.stringify({ email: `counted-${index}@example.net`, comment: 'counted by the benchmark' }) : undefined
  const headers = { authorization: `Bearer ${ADMIN_KEY}`, accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) }
  const status = await new Promise<number>((resolve, reject) => {
    const sent = request(`${target.url}/v1/people/${personName(index % people)}`, { method, agent, headers }, answer => {
      answer.resume()
      answer.on('end', () => { resolve(answer.statusCode ?? 0) })
    })
    sent.on('error', reject)
    sent.end(body)
  })
  if (status !== 200) throw new Error(`${target.name} answered ${method} with ${status}:\n${target.stderr()}`)
}

export async function sendMany (target: Target, sequence: Sequence, count: number, people: number): Promise<void> {
  for (let index = 0; index < count; index++) await send(target, methodAt(sequence, index), index, people)
}

/** callgrind_control finds the target by the HOST and USER variables it started with, so it is given the same environment. */
async function control (target: Target, command: '--zero' | '--dump'): Promise<void> {
  const port = new URL(target.url).port
  await promisify(execFile)('callgrind_control', [command, String(target.pid)], { env: targetEnvironment(Number(port)) })
}

/** The totals of the last dump, per thread: callgrind writes `<file>.<dump>-<thread>`, and thread 01 is the main one. */
function lastDump (outFile: string, dump: number): { mainThread: number, allThreads: number } {
  const directory = dirname(outFile)
  const prefix = `${basename(outFile)}.${dump}-`
  const totals = readdirSync(directory).filter(name => name.startsWith(prefix)).sort().map(name => {
    const summary = /^(?:summary|totals): (\d+)/m.exec(readFileSync(join(directory, name), 'utf8'))
    if (summary === null) throw new Error(`no total in ${name}`)
    return Number(summary[1])
  })
  return { mainThread: totals[0] ?? Number.NaN, allThreads: totals.reduce((sum, total) => sum + total, 0) }
}

export interface CountedTarget<S extends Sequence = Method> {
  counts: Record<S, Count>
  /** callgrind's file for the main thread, per sequence, to read function by function. */
  mainThreadDumps: Record<S, string>
  pid: number
}

type TargetMaker = (database: string, logFile: string) => TargetSpec

/** Starts the target under valgrind, warms it up, and counts GETs, then PUTs; `nodeArgs` are added to its own. */
export async function countTarget (name: string, spec: TargetMaker, options: InstructionOptions, nodeArgs: string[] = []): Promise<CountedTarget> {
  return await countSequences(name, spec, options, WORKLOADS, nodeArgs)
}

/** The same for any sequences, each warmed up, then counted, in the order given. */
export async function countSequences<S extends Sequence> (name: string, spec: TargetMaker, options: InstructionOptions, sequences: readonly S[], nodeArgs: string[] = []): Promise<CountedTarget<S>> {
  const file = name.replaceAll(/\W+/g, '-')
  const database = join(options.workDir, `counted-${file}.sqlite`)
  await seedPeople(database, options.people)
  const outFile = join(options.workDir, `callgrind-${file}.out`)
  const base = spec(database, join(options.workDir, `counted-${file}.log`))
  const target = await startTarget({ ...base, nodeArgs: [...base.nodeArgs ?? [], ...nodeArgs], wrapper: [...CALLGRIND, `--callgrind-out-file=${outFile}`], onTargetCore: false, gcProbe: false, startTimeoutMs: 300_000 })
  try {
    const counts: Partial<Record<S, Count>> = {}
    const mainThreadDumps: Partial<Record<S, string>> = {}
    for (const sequence of sequences) await sendMany(target, sequence, options.warmup, options.people)
    for (const [dump, sequence] of sequences.entries()) {
      await control(target, '--zero')
      await sendMany(target, sequence, options.requests, options.people)
      await control(target, '--dump')
      const { mainThread, allThreads } = lastDump(outFile, dump + 1)
      counts[sequence] = { mainThread: mainThread / options.requests, allThreads: allThreads / options.requests }
      mainThreadDumps[sequence] = `${outFile}.${dump + 1}-01`
    }
    return { counts: counts as Record<S, Count>, mainThreadDumps: mainThreadDumps as Record<S, string>, pid: target.pid }
  } finally {
    await stopTarget(target, 60_000)
  }
}

/**
 * Counted beside the ladder: B as the comparison runs it, and B sending the
 * contract's headers as constants, whose difference is what the headers
 * alone cost, however an app works them out.
 */
const REFERENCES = ['baseline B', 'B + headers'] as const

/** Every rung, and the references, under valgrind, as many at once as there are cores: each counts alone, whatever runs beside it. */
export async function countLadder (options: InstructionOptions): Promise<InstructionResults> {
  const jobs = [
    ...RUNGS.map((rung, index) => ({ name: rung.name, spec: (database: string, logFile: string) => rungSpec(index, database, logFile) })),
    ...REFERENCES.map(name => ({ name, spec: (database: string) => otherSpec(name, database) }))
  ]
  const counts: Array<Record<Method, Count>> = []
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < jobs.length) {
      const index = next++
      const job = jobs[index]
      if (job === undefined) return
      const { counts: count } = await countTarget(`${index}-${job.name}`, job.spec, options)
      counts[index] = count
      options.log(`${job.name}: GET ${fixed(count.GET.mainThread)}, PUT ${fixed(count.PUT.mainThread)} instructions on the main thread`)
    }
  }
  await Promise.all(Array.from({ length: Math.min(availableParallelism(), jobs.length) }, worker))
  const countOf = (index: number): Record<Method, Count> => {
    const count = counts[index]
    if (count === undefined) throw new Error(`${jobs[index]?.name ?? index} was not counted`)
    return count
  }
  const { warmup, requests, people } = options
  return {
    settings: { warmup, requests, people },
    steps: RUNGS.map((rung, index) => ({ rung: rung.name, adds: rung.adds, counts: countOf(index) })),
    references: REFERENCES.map((name, index) => ({ target: name, counts: countOf(RUNGS.length + index) }))
  }
}

const thousands = (value: number): string => fixed(value / 1000, 1)

function referenceRows (references: InstructionResults['references']): string[][] {
  const [base] = references
  return references.map(reference => [
    reference.target,
    ...WORKLOADS.flatMap(method => [
      thousands(reference.counts[method].mainThread),
      reference === base || base === undefined ? '' : signed((reference.counts[method].mainThread - base.counts[method].mainThread) / 1000, 1),
      thousands(reference.counts[method].allThreads)
    ])
  ])
}

export function formatInstructions (results: InstructionResults): string {
  const rows = results.steps.map((step, index) => {
    const below = results.steps[index - 1]
    return [
      step.rung,
      ...WORKLOADS.flatMap(method => [
        thousands(step.counts[method].mainThread),
        below === undefined ? '' : signed((step.counts[method].mainThread - below.counts[method].mainThread) / 1000, 1),
        thousands(step.counts[method].allThreads)
      ])
    ]
  })
  const { warmup, requests } = results.settings
  return [
    `The cost ladder in thousands of instructions per request, counted by valgrind after ${warmup} requests of each method, over ${requests} more, one at a time; ` +
      'Δ is the rung minus the one below it, on the main thread; "all" adds every other thread.',
    '',
    formatTable(['rung', 'GET', 'Δ', 'all', 'PUT', 'Δ', 'all'], rows),
    '',
    'Beside the ladder, B as the comparison runs it, and B sending the contract\'s headers as constants; Δ is over that B:',
    '',
    formatTable(['target', 'GET', 'Δ', 'all', 'PUT', 'Δ', 'all'], referenceRows(results.references))
  ].join('\n')
}
