// Runs the real server (`node src/server.js`) as a child process on a free port, for tests that kill or stop it.
import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { get } from 'node:http'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ADMIN_KEY = 'reliability-admin-key-0123456789abcdef'
export const HOST = '127.0.0.1'

const SERVER_ENTRY = fileURLToPath(new URL('../../src/server.js', import.meta.url))
// Generous: on a starved CI machine, loading the TypeScript sources alone can take seconds.
const READY_TIMEOUT_MS = 30_000
// Enough to read why a server failed, without keeping a long run's request log in memory.
const MAX_OUTPUT_CHARS = 64 * 1024

export interface Exit {
  code: number | null
  signal: NodeJS.Signals | null
}

export interface ServerProcess {
  port: number
  child: ChildProcess
  /** Settles when the process has exited; it never rejects. */
  exited: Promise<Exit>
  /** The tail of stdout and stderr, interleaved as they arrived. */
  output: () => string
}

export interface StartOptions {
  databasePath: string
  env?: Record<string, string>
  /** Where the server's standard output, its log, goes: a pipe the output() reads, unless a descriptor is given. */
  stdout?: number
}

/** A directory of its own for one test's database; remove it with `removeTempDir`. */
export async function makeTempDir (): Promise<string> {
  return mkdtemp(join(tmpdir(), 'blueprint-reliability-'))
}

export async function removeTempDir (dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true })
}

// PORT=0 is not allowed by the config, so the OS picks a port for a moment and we hand it on.
export async function findFreePort (): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, HOST, () => {
      const address = probe.address()
      probe.close(() => {
        if (address !== null && typeof address === 'object') resolve(address.port)
        else reject(new Error('no port from the probe listener'))
      })
    })
  })
}

/** Starts the server and resolves once GET /ready answers 200; retries if another process took the port. */
export async function startServer (options: StartOptions): Promise<ServerProcess> {
  for (let attempt = 1; ; attempt++) {
    const server = spawnServer(await findFreePort(), options)
    try {
      await waitUntilReady(server)
      return server
    } catch (error) {
      await stopServer(server)
      // The free port is only free until someone else takes it: that race is worth another try.
      if (attempt < 3 && server.output().includes('EADDRINUSE')) continue
      throw error
    }
  }
}

/** SIGKILLs the server if it is still running and waits for it to be gone. */
export async function stopServer (server: ServerProcess): Promise<Exit> {
  if (isRunning(server.child)) server.child.kill('SIGKILL')
  return server.exited
}

function isRunning (child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null
}

/** Starts the server without waiting for it: for tests of a start that fails, or takes its time. */
export function spawnServer (port: number, options: StartOptions): ServerProcess {
  const child = spawn(process.execPath, [SERVER_ENTRY], {
    env: {
      PATH: process.env.PATH ?? '',
      HOST,
      PORT: String(port),
      DATABASE_URL: `sqlite:${options.databasePath}`,
      BLUEPRINT_ADMIN_KEY: ADMIN_KEY,
      LOG_LEVEL: 'warn',
      // These tests load the server on purpose; the per-key rate limit must not be what they measure.
      RATE_LIMIT: '100000000',
      ...options.env
    },
    stdio: ['ignore', options.stdout ?? 'pipe', 'pipe']
  })
  let output = ''
  const collect = (chunk: Buffer): void => {
    output = (output + chunk.toString('utf8')).slice(-MAX_OUTPUT_CHARS)
  }
  child.stdout?.on('data', collect)
  child.stderr?.on('data', collect)
  // 'close' rather than 'exit': by then every byte of output has been collected.
  const exited = new Promise<Exit>(resolve => {
    child.once('close', (code, signal) => resolve({ code, signal }))
  })
  return { port, child, exited, output: () => output }
}

async function waitUntilReady (server: ServerProcess): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS
  while (Date.now() < deadline) {
    if (!isRunning(server.child)) {
      await server.exited
      throw new Error(`the server exited before it was ready:\n${server.output()}`)
    }
    if (await isReady(server.port)) return
    await new Promise(resolve => setTimeout(resolve, 25))
  }
  throw new Error(`the server was not ready within ${READY_TIMEOUT_MS} ms:\n${server.output()}`)
}

// A connection of its own (no keep-alive), so no idle socket outlives the check.
async function isReady (port: number): Promise<boolean> {
  return new Promise(resolve => {
    const req = get({ host: HOST, port, path: '/ready', agent: false, timeout: 1000 }, res => {
      res.resume()
      res.on('end', () => resolve(res.statusCode === 200))
      res.on('error', () => resolve(false))
    })
    req.on('timeout', () => req.destroy())
    // Not listening yet, or not answering: the caller tries again shortly.
    req.on('error', () => resolve(false))
  })
}
