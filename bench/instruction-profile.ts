// Where a request's instructions go, function by function (`npm run bench -- --profile --instructions`): callgrind's counts, with V8's compiled JavaScript named.
import { execFile } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { countTarget, WORKLOADS } from './instructions.ts'
import type { InstructionOptions, Method } from './instructions.ts'
import { appSpec } from './specs.ts'
import { fixed, formatTable } from './text-table.ts'

export interface FunctionCost {
  name: string
  /** Instructions per request spent in the function itself, not in what it calls. */
  perRequest: number
}

export interface InstructionProfile {
  method: Method
  total: number
  functions: FunctionCost[]
  kinds: FunctionCost[]
}

/** A range of machine code V8 compiled, from the map `--perf-basic-prof` writes: `start size name`. */
interface CodeRange {
  start: number
  end: number
  name: string
}

/**
 * valgrind knows no name for code that V8 compiled at run time, only its
 * address. With `--perf-basic-prof`, V8 writes each function's address range
 * to /tmp/perf-<pid>.map as it compiles it; a range written later wins, as
 * its code replaced what was there before.
 */
function readCodeMap (pid: number): (address: number) => string | undefined {
  const ranges: CodeRange[] = readFileSync(`/tmp/perf-${pid}.map`, 'utf8').split('\n').filter(line => line !== '').map(line => {
    const [start = '0', size = '0', ...name] = line.split(' ')
    const first = Number.parseInt(start, 16)
    return { start: first, end: first + Number.parseInt(size, 16), name: name.join(' ') }
  })
  return address => ranges.findLast(range => range.start <= address && address < range.end)?.name
}

/** `callgrind_annotate` lines: `1,234 (0.5%)  file:function [object]`. */
const COST_LINE = /^\s*([\d,]+) \(\s*[\d.]+%\)\s+(.*)$/
const UNNAMED = /^\?\?\?:0x([0-9a-f]+)/

/** A function as callgrind_annotate names it, without its file and object, or as V8's map names the code at its address. */
function functionName (annotated: string, codeAt: (address: number) => string | undefined): string {
  const address = UNNAMED.exec(annotated)?.[1]
  if (address !== undefined) return codeAt(Number.parseInt(address, 16)) ?? 'compiled code, unnamed'
  return annotated.replace(/^\S*?:/, '').replace(/\s*\[[^\]]*\]$/, '').replace(/'\d+$/, '')
}

async function selfCosts (dump: string, codeAt: (address: number) => string | undefined): Promise<{ total: number, costs: Map<string, number> }> {
  const { stdout } = await promisify(execFile)('callgrind_annotate', ['--threshold=100', '--inclusive=no', dump], { maxBuffer: 256 * 1024 * 1024 })
  const costs = new Map<string, number>()
  let total = 0
  for (const line of stdout.split('\n')) {
    const [, count = '', annotated = ''] = COST_LINE.exec(line) ?? []
    const instructions = Number(count.replaceAll(',', ''))
    if (annotated.includes('PROGRAM TOTALS')) total = instructions
    else if (annotated !== '') {
      const name = functionName(annotated, codeAt)
      costs.set(name, (costs.get(name) ?? 0) + instructions)
    }
  }
  // The frames at the root of the stack (main, the event loop) are booked
  // the whole total: callgrind loses track of returns through V8's
  // generated code. No function really spends half of everything itself.
  for (const [name, instructions] of costs) if (instructions > total / 2) costs.delete(name)
  return { total, costs }
}

/** Fastify's own modules and the packages it is made of, by path. */
export const FASTIFY_PARTS = /node_modules\/(fastify|@fastify|find-my-way|fast-json-stringify|avvio|light-my-request|fast-querystring)\//

const KINDS: ReadonlyArray<[kind: string, test: RegExp]> = [
  ['garbage collection', /Scaveng|ObjectCache|Heap::|heap::|Evacuat|MarkCompact|Sweep/],
  ['regular expressions', /^RegExp/],
  ['the app (src/)', /file:\/\/\/.*\/src\//],
  ['Fastify and its parts', FASTIFY_PARTS],
  ['pino and sonic-boom', /node_modules\/(pino|sonic-boom)/],
  ['other packages', /node_modules\//],
  ['Node.js core, JavaScript', /node:/],
  ['V8 builtins: property access, strings, calls', /^Builtins_/],
  ['SQLite', /^sqlite3/],
  ['OpenSSL', /sha256|ncrypto|OPENSSL|EVP_|CRYPTO_/],
  ['llhttp, the request parser', /^llhttp/],
  ['Node.js core, C++', /^(node::|non-virtual thunk to node::)/],
  ['V8 runtime, C++', /v8::|simdutf/]
]

function kindOf (name: string): string {
  return KINDS.find(([, test]) => test.test(name))?.[0] ?? 'libc, libuv and the rest'
}

function perRequestSorted (costs: Map<string, number>, requests: number): FunctionCost[] {
  return [...costs].map(([name, instructions]) => ({ name, perRequest: instructions / requests })).sort((a, b) => b.perRequest - a.perRequest)
}

/** The app as `npm start` runs it, counted on GET and PUT, its instructions summed by function and by kind. */
export async function profileInstructions (options: InstructionOptions): Promise<InstructionProfile[]> {
  // --perf-basic-prof also starts V8's own log, one file per isolate in the
  // working directory unless told otherwise: the run's directory takes it.
  const perfMap = ['--perf-basic-prof', '--no-logfile-per-isolate', `--logfile=${join(options.workDir, 'v8.log')}`]
  const counted = await countTarget('app-profiled', (database, logFile) => appSpec('app', { database, logFile }), options, perfMap)
  try {
    const codeAt = readCodeMap(counted.pid)
    return await Promise.all(WORKLOADS.map(async method => {
      const { total, costs } = await selfCosts(counted.mainThreadDumps[method], codeAt)
      const kinds = new Map<string, number>()
      for (const [name, instructions] of costs) {
        const kind = kindOf(name)
        kinds.set(kind, (kinds.get(kind) ?? 0) + instructions)
      }
      return { method, total: total / options.requests, functions: perRequestSorted(costs, options.requests).slice(0, 40), kinds: perRequestSorted(kinds, options.requests) }
    }))
  } finally {
    rmSync(`/tmp/perf-${counted.pid}.map`, { force: true })
  }
}

export function formatInstructionProfile (profile: InstructionProfile): string {
  const row = ({ name, perRequest }: FunctionCost): string[] => [name.length > 110 ? `${name.slice(0, 107)}...` : name, fixed(perRequest), fixed(perRequest / profile.total * 100, 1)]
  return [
    `${profile.method}: ${fixed(profile.total)} instructions per request on the main thread, by what executed them (self, not what they call)`,
    '',
    formatTable(['kind', 'per request', '%'], profile.kinds.map(row)),
    '',
    formatTable(['function', 'per request', '%'], profile.functions.map(row))
  ].join('\n')
}
