// Where a request's memory is allocated (`npm run bench -- --profile --allocations`): V8's sampling heap profiler in the app, in B, and in B with the contract's headers.
import type { Serializable } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { FASTIFY_PARTS } from './instruction-profile.ts'
import { sendMany, WORKLOADS } from './instructions.ts'
import type { Method } from './instructions.ts'
import { seedPeople } from './seed.ts'
import { appSpec, otherSpec } from './specs.ts'
import type { OtherTarget } from './specs.ts'
import { startTarget, stopTarget } from './targets.ts'
import type { Target, TargetSpec } from './targets.ts'
import { fixed, formatTable } from './text-table.ts'

export interface AllocationOptions {
  /** Requests sent before sampling starts, of each method. */
  warmup: number
  /** Requests sampled, of each method. */
  requests: number
  people: number
  workDir: string
  log: (line: string) => void
}

export interface Allocated {
  name: string
  /** Bytes per request allocated by the function itself, not by what it calls. */
  bytesPerRequest: number
}

export interface AllocationProfile {
  target: string
  method: Method
  bytesPerRequest: number
  sources: Allocated[]
  functions: Allocated[]
}

/** A node of V8's sampling heap profile: a function, the bytes it allocated itself (scaled for the sampling), and its callees. */
interface ProfileNode {
  callFrame: { functionName: string, url: string, lineNumber: number }
  selfSize: number
  children: ProfileNode[]
}

const TARGETS: ReadonlyArray<OtherTarget | 'app'> = ['app', 'baseline B', 'B + headers']

const SOURCES: ReadonlyArray<[source: string, test: RegExp]> = [
  ['the app (src/)', /^file:\/\/\/.*\/src\//],
  ['Fastify and its parts', FASTIFY_PARTS],
  ['pino and sonic-boom', /node_modules\/(pino|sonic-boom)\//],
  ['other packages', /node_modules\//],
  ['Node.js core', /^node:/],
  ['the benchmark\'s own server', /\/bench\//]
]

function sourceOf (url: string): string {
  return SOURCES.find(([, test]) => test.test(url))?.[0] ?? 'V8 builtins and native code'
}

/** `name file:line`, the file relative to node_modules or to the repository. */
function frameName ({ functionName, url, lineNumber }: ProfileNode['callFrame']): string {
  const name = functionName === '' ? '(anonymous)' : functionName
  const file = url.replace(/^.*\/node_modules\//, '').replace(/^file:\/\/\/.*?\/(src|bench)\//, '$1/')
  return file === '' ? `${name} (native)` : `${name} ${file}:${lineNumber + 1}`
}

function perRequestSorted (bytes: Map<string, number>, requests: number): Allocated[] {
  return [...bytes].map(([name, total]) => ({ name, bytesPerRequest: total / requests })).sort((a, b) => b.bytesPerRequest - a.bytesPerRequest)
}

function summarize (target: string, method: Method, file: string, requests: number): AllocationProfile {
  const { head } = JSON.parse(readFileSync(file, 'utf8')) as { head: ProfileNode }
  const bySource = new Map<string, number>()
  const byFunction = new Map<string, number>()
  let total = 0
  const visit = (node: ProfileNode): void => {
    const source = sourceOf(node.callFrame.url)
    const name = frameName(node.callFrame)
    bySource.set(source, (bySource.get(source) ?? 0) + node.selfSize)
    byFunction.set(name, (byFunction.get(name) ?? 0) + node.selfSize)
    total += node.selfSize
    for (const child of node.children) visit(child)
  }
  visit(head)
  return { target, method, bytesPerRequest: total / requests, sources: perRequestSorted(bySource, requests), functions: perRequestSorted(byFunction, requests).slice(0, 25) }
}

/** Sends `message` to the target's allocation probe and waits for `answer`. */
async function ask ({ child, name }: Target, message: Serializable, answer: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => { reject(new Error(`${name}'s allocation probe did not answer ${answer}`)) }, 60_000)
    const listen = (reply: unknown): void => {
      if (reply !== answer) return
      clearTimeout(timer)
      child.off('message', listen)
      resolve()
    }
    child.on('message', listen)
    child.send(message)
  })
}

function specOf (name: OtherTarget | 'app', database: string): TargetSpec {
  const spec = name === 'app' ? appSpec('app', { database }) : otherSpec(name, database)
  return { ...spec, gcProbe: false, allocationProbe: true, onTargetCore: false }
}

/** Each target alone, warmed up, then sampled over the same GETs, then the same PUTs, one at a time on one connection. */
export async function profileAllocations (options: AllocationOptions): Promise<AllocationProfile[]> {
  const profiles: AllocationProfile[] = []
  for (const name of TARGETS) {
    const database = join(options.workDir, `allocations-${name.replaceAll(/\W+/g, '-')}.sqlite`)
    await seedPeople(database, options.people)
    const target = await startTarget(specOf(name, database))
    try {
      for (const method of WORKLOADS) await sendMany(target, method, options.warmup, options.people)
      for (const method of WORKLOADS) {
        const file = `${database}-${method}.heapprofile`
        await ask(target, 'start', 'sampling')
        await sendMany(target, method, options.requests, options.people)
        await ask(target, { writeTo: file }, 'written')
        profiles.push(summarize(name, method, file, options.requests))
        options.log(`${name}, ${method}: ${fixed(profiles.at(-1)?.bytesPerRequest ?? Number.NaN)} bytes a request`)
      }
    } finally {
      await stopTarget(target)
    }
  }
  return profiles
}

export function formatAllocations (profiles: readonly AllocationProfile[]): string {
  const totals = WORKLOADS.map(method => {
    const of = (target: string): number => profiles.find(profile => profile.target === target && profile.method === method)?.bytesPerRequest ?? Number.NaN
    return [method, ...TARGETS.map(target => fixed(of(target))), fixed(of('app') / of('baseline B'), 2)]
  })
  const row = ({ name, bytesPerRequest }: Allocated): string[] => [name.length > 100 ? `${name.slice(0, 97)}...` : name, fixed(bytesPerRequest)]
  return [
    'Bytes allocated per request, young garbage included (V8\'s sampling heap profiler):',
    '',
    formatTable(['', ...TARGETS, 'app ÷ B'], totals),
    ...profiles.filter(profile => profile.target !== 'B + headers').flatMap(profile => [
      '',
      `${profile.target}, ${profile.method}: ${fixed(profile.bytesPerRequest)} bytes a request, by who allocated them (self, not what they call)`,
      '',
      formatTable(['source', 'bytes'], profile.sources.map(row)),
      '',
      formatTable(['function', 'bytes'], profile.functions.map(row))
    ])
  ].join('\n')
}
