// Starts each benchmark target as its own Node.js process on a free loopback port, measures it from outside, and stops them all, whatever happens.
import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { closeSync, openSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import type { IncomingHttpHeaders } from 'node:http'
import { createServer } from 'node:net'
import { setTimeout as sleep } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'
import { onTargetCore } from './cores.ts'

export interface TargetSpec {
  name: string
  /** The script node runs, relative to the repository root. */
  script: string
  env: Record<string, string>
  nodeArgs?: string[]
  /** Where the target's stdout (its log) goes; /dev/null when absent. */
  logFile?: string
  /** Run on the one core kept for targets (cores.ts), as the comparison does; otherwise on any. */
  onTargetCore?: boolean
  /** The SQLite file it serves, whose write-ahead log the benchmark watches. */
  database?: string
  /** Load gc-probe.js, which reports garbage-collection pauses over an IPC channel. */
  gcProbe?: boolean
  /** Load allocation-probe.js, which samples where memory is allocated, started and stopped over an IPC channel. */
  allocationProbe?: boolean
  /** A command that runs node, such as valgrind's; it must exec node, so that the pid stays the target's. */
  wrapper?: string[]
  /** How long it may take to answer on /health; 20 s unless a wrapper slows it down. */
  startTimeoutMs?: number
}

export interface Target {
  name: string
  url: string
  pid: number
  child: ChildProcess
  /** process.hrtime.bigint() when it was spawned. */
  spawnedAt: bigint
  /** Milliseconds from spawn to the first 200 on /health. */
  readyMs: number
  /** The end of its stderr, to explain a target that died. */
  stderr: () => string
  database?: string
}

const HOST = '127.0.0.1'
const GC_PROBE = fileURLToPath(new URL('./gc-probe.js', import.meta.url))
const ALLOCATION_PROBE = fileURLToPath(new URL('./allocation-probe.js', import.meta.url))
const running = new Set<ChildProcess>()
/** False once the benchmark stops, so that nothing is started while it cleans up after Ctrl-C. */
let isAccepting = true

export async function freePort (): Promise<number> {
  const server = createServer()
  await new Promise<void>(resolve => server.listen(0, HOST, resolve))
  const address = server.address()
  await new Promise<void>(resolve => server.close(() => resolve()))
  if (address === null || typeof address === 'string') throw new Error('could not find a free port')
  return address.port
}

export function msSince (start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6
}

export interface Answer {
  status: number
  headers: IncomingHttpHeaders
  body: string
}

/** One request on a fresh connection; undefined while nothing listens. */
export function send (method: string, url: string, headers: Record<string, string> = {}, body?: string): Promise<Answer | undefined> {
  return new Promise(resolve => {
    const request = httpRequest(url, { method, headers, agent: false, timeout: 2000 }, response => {
      let text = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => { text += chunk })
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text }))
    })
    request.on('timeout', () => request.destroy())
    request.on('error', () => resolve(undefined))
    request.end(body)
  })
}

/** The status of one GET, or undefined while nothing listens. */
export async function probe (url: string, headers: Record<string, string> = {}): Promise<number | undefined> {
  return (await send('GET', url, headers))?.status
}

/** Polls until `url` answers `status`; fails if the target exits or `timeoutMs` passes. */
export async function waitForStatus (target: Pick<Target, 'name' | 'child' | 'stderr'>, url: string, headers: Record<string, string> = {}, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (target.child.exitCode !== null || target.child.signalCode !== null) {
      throw new Error(`${target.name} exited before answering:\n${target.stderr()}`)
    }
    if (await probe(url, headers) === 200) return
    await sleep(5)
  }
  throw new Error(`${target.name} did not answer 200 on ${url} within ${timeoutMs} ms:\n${target.stderr()}`)
}

/** The environment every target starts with: nothing of this process's but PATH. */
export function targetEnvironment (port: number, extra: Record<string, string> = {}): Record<string, string> {
  return { PATH: process.env.PATH ?? '', NODE_ENV: 'production', HOST, PORT: String(port), ...extra }
}

export async function startTarget (spec: TargetSpec): Promise<Target> {
  if (!isAccepting) throw new Error(`not starting ${spec.name}: the benchmark is stopping`)
  const port = await freePort()
  const logFd = spec.logFile === undefined ? 'ignore' : openSync(spec.logFile, 'a')
  const spawnedAt = process.hrtime.bigint()
  const probes = [...(spec.gcProbe === true ? [GC_PROBE] : []), ...(spec.allocationProbe === true ? [ALLOCATION_PROBE] : [])]
  const argv = [...(spec.wrapper ?? []), process.execPath, ...(spec.nodeArgs ?? []), ...probes.flatMap(probe => ['--import', probe]), spec.script]
  const [command = process.execPath, ...args] = spec.onTargetCore === true ? onTargetCore(argv) : argv
  const child = spawn(command, args, {
    env: targetEnvironment(port, spec.env),
    stdio: ['ignore', logFd, 'pipe', ...(probes.length > 0 ? ['ipc' as const] : [])]
  })
  if (typeof logFd === 'number') closeSync(logFd)
  running.add(child)
  child.once('exit', () => running.delete(child))
  let stderr = ''
  child.stderr?.setEncoding('utf8')
  child.stderr?.on('data', (chunk: string) => { stderr = (stderr + chunk).slice(-4000) })
  if (child.pid === undefined) throw new Error(`could not start ${spec.name}`)

  const url = `http://${HOST}:${port}`
  const target = { name: spec.name, url, pid: child.pid, child, spawnedAt, stderr: () => stderr, ...(spec.database === undefined ? {} : { database: spec.database }) }
  await waitForStatus(target, `${url}/health`, {}, spec.startTimeoutMs)
  return { ...target, readyMs: msSince(spawnedAt) }
}

async function waitForExit (child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return true
  const exited = new Promise<boolean>(resolve => child.once('exit', () => resolve(true)))
  return await Promise.race([exited, sleep(timeoutMs, false)])
}

/** SIGTERM, as an orchestrator would; SIGKILL if it has not exited within `timeoutMs`. */
export async function stopTarget (target: Pick<Target, 'child'>, timeoutMs = 5000): Promise<void> {
  const { child } = target
  if (child.exitCode !== null || child.signalCode !== null) return
  child.kill('SIGTERM')
  if (!await waitForExit(child, timeoutMs)) {
    child.kill('SIGKILL')
    await waitForExit(child, 1000)
  }
}

export async function stopAllTargets (): Promise<void> {
  isAccepting = false
  await Promise.all([...running].map(async child => await stopTarget({ child })))
}

/** Last resort on exit: nothing may outlive the benchmark. */
export function killAllTargetsNow (): void {
  for (const child of running) child.kill('SIGKILL')
}
