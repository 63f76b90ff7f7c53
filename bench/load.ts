// The workloads, and one timed autocannon run of a workload against a target, driven from this process.
import { createRequire } from 'node:module'
import { cpuSeconds, machineBusySeconds } from './proc-stats.ts'
import { personName } from './seed.ts'

/** What this benchmark uses of autocannon's request description (it ships no types). */
interface Request {
  method?: string
  path?: string
  headers?: Record<string, string>
  body?: string
  setupRequest?: (request: Request) => Request
}

interface Options {
  url: string
  connections: number
  duration: number
  requests: Request[]
}

interface Result {
  duration: number
  errors: number
  timeouts: number
  non2xx: number
  latency: { p50: number, p99: number, max: number }
  requests: { total: number }
}

type Autocannon = (options: Options, done: (error: Error | null, result: Result) => void) => unknown
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon

export interface Workload {
  name: string
  requests: Request[]
}

export interface LoadResult {
  rps: number
  /** Latencies of the 2xx answers, in milliseconds. */
  p50: number
  p99: number
  /** The slowest answer: a stall of the whole server (a checkpoint on its thread, a long collection) shows here before it moves p99. */
  maxMs: number
  requests: number
  errors: number
  non2xx: number
  /** The target's own CPU per answered request, in microseconds: steadier than req/s on a shared machine. */
  cpuUsPerRequest: number
  /** Share of one core the target used: well under 1 with 50 connections waiting means it waited (for locks, sleeps, the disk) or was kept off its core. */
  targetCpu: number
  /** Share of one core this process (the load generator) used; near 1 means the client, not the target, was the limit. */
  clientCpu: number
  /** Cores kept busy by everything else on the machine meanwhile: the noise under this run. */
  otherCpu: number
}

/** What every measurement that runs rounds of workloads is told. */
export interface MeasureOptions {
  rounds: number
  seconds: number
  warmupSeconds: number
  people: number
  /** A fresh temporary directory for the SQLite files and logs. */
  workDir: string
  log: (line: string) => void
}

export const CONNECTIONS = 50

function pick (people: number): string {
  return `/v1/people/${personName(Math.floor(Math.random() * people))}`
}

function readRequest (key: string, path: string, extraHeaders: Record<string, string> = {}): Request {
  return { method: 'GET', path, headers: { authorization: `Bearer ${key}`, accept: 'application/json', ...extraHeaders } }
}

function writeRequest (key: string, path: string): Request {
  const body = JSON.stringify({ email: `bench-${Math.floor(Math.random() * 1e9)}@example.net`, comment: 'written by the benchmark' })
  const headers = { authorization: `Bearer ${key}`, accept: 'application/json', 'content-type': 'application/json' }
  return { method: 'PUT', path, headers, body }
}

/**
 * A request made afresh for every send, since autocannon adds Content-Length
 * to the headers object it is given. It is laid over the one autocannon passes
 * in, whose host and port make the Host header: without them it reads
 * "undefined:undefined", which Fastify and Express let pass and Hono's server answers with 400.
 */
function everyTime (make: () => Request): Request {
  return { setupRequest: defaults => ({ ...defaults, ...make() }) }
}

export function getOne (key: string, people: number, extraHeaders: Record<string, string> = {}): Workload {
  return { name: 'GET', requests: [everyTime(() => readRequest(key, pick(people), extraHeaders))] }
}

export function putOne (key: string, people: number): Workload {
  return { name: 'PUT', requests: [everyTime(() => writeRequest(key, pick(people)))] }
}

/** The share of writes in every mix the benchmarks run: the 90/10 mix. */
export const WRITE_SHARE = 0.1

export function mixed (key: string, people: number): Workload {
  const name = `${Math.round((1 - WRITE_SHARE) * 100)}/${Math.round(WRITE_SHARE * 100)} mix`
  return { name, requests: [everyTime(() => Math.random() < WRITE_SHARE ? writeRequest(key, pick(people)) : readRequest(key, pick(people)))] }
}

export function listPage (name: string, key: string, cursor: string | undefined): Workload {
  const query = cursor === undefined ? 'limit=20' : `limit=20&cursor=${encodeURIComponent(cursor)}`
  return { name, requests: [readRequest(key, `/v1/people?${query}`)] }
}

export function run (options: Options): Promise<Result> {
  return new Promise((resolve, reject) => {
    autocannon(options, (error, result) => error === null ? resolve(result) : reject(error))
  })
}

export async function runLoad (url: string, pid: number, workload: Workload, seconds: number, connections = CONNECTIONS): Promise<LoadResult> {
  const targetCpuBefore = cpuSeconds(pid)
  const machineBefore = machineBusySeconds()
  const clientCpuBefore = process.cpuUsage()
  const started = process.hrtime.bigint()
  const result = await run({ url, connections, duration: seconds, requests: workload.requests })
  const elapsed = Number(process.hrtime.bigint() - started) / 1e9
  const clientCpu = process.cpuUsage(clientCpuBefore)
  const targetCpu = cpuSeconds(pid) - targetCpuBefore
  const machineCpu = machineBusySeconds() - machineBefore
  const clientSeconds = (clientCpu.user + clientCpu.system) / 1e6
  const answered = result.requests.total
  return {
    rps: answered / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    maxMs: result.latency.max,
    requests: answered,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    cpuUsPerRequest: answered === 0 ? Number.NaN : targetCpu * 1e6 / answered,
    targetCpu: targetCpu / elapsed,
    clientCpu: clientSeconds / elapsed,
    otherCpu: Math.max(0, machineCpu - targetCpu - clientSeconds) / elapsed
  }
}
