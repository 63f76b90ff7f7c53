// How each benchmark target is started: the app as it ships, and the baselines and peers it is measured against.
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { TargetSpec } from './targets.ts'

/** 40 characters, as BLUEPRINT_ADMIN_KEY needs 32 or more; it only ever travels over loopback. */
export const ADMIN_KEY = 'bench-admin-key-0123456789abcdefghijklmnop'

export const TARGETS = ['baseline A', 'baseline B', 'B + headers', 'Express', 'Hono', 'app'] as const
export type TargetName = typeof TARGETS[number]
export type OtherTarget = Exclude<TargetName, 'app'>
/** What the app must reach against each, per workload, by the median of its per-round ratios. */
export const PEERS = ['Express', 'Hono'] as const

export interface AppSettings {
  /** The SQLite file the app serves. */
  database: string
  /** Where its log lines go; /dev/null when absent. */
  logFile?: string
  /** Settings that differ from the production-like defaults below. */
  env?: Record<string, string>
  nodeArgs?: string[]
  /** Load gc-probe.js, as the comparison does for every target. */
  gcProbe?: boolean
}

export interface NpmStart {
  /** The script's path under the package's directory: `src/server.js` for this checkout. */
  script: string
  nodeArgs: string[]
}

/** The script and node flags of `npm start`, read from the package.json in `directory`, so that the benchmark runs what ships. */
export function npmStartIn (directory: string): NpmStart {
  const { scripts } = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')) as { scripts: { start: string } }
  const [command, ...words] = scripts.start.trim().split(/\s+/)
  const script = words.at(-1)
  if (command !== 'node' || script === undefined) throw new Error(`npm start is expected to be "node [flags] script", not "${scripts.start}"`)
  return { script: join(directory, script), nodeArgs: words.slice(0, -1) }
}

export const NPM_START = npmStartIn('.')

/**
 * Fills Node's compile cache with the modules of the app in `directory`, as
 * a deployment's `npm run warm` does, so that no start the benchmark
 * measures strips types itself and then carries Node's type stripper for
 * the rest of its life: 15 to 20 MiB of peak RSS (docs/14-performance.md).
 * A commit from before the warm script has none; its first start stays cold.
 * V8 keys the cache by some of its flags, so a start with other flags than
 * npm start's needs its own filling, with `nodeArgs`.
 */
export function warmCompileCache (directory: string, nodeArgs: readonly string[] = []): void {
  const script = join(directory, 'src', 'warm-compile-cache.js')
  if (existsSync(script)) execFileSync(process.execPath, [...nodeArgs, script], { stdio: 'ignore' })
}

/**
 * The app as `npm start` runs it, with the per-request log line on and a rate
 * limit so high that every request is counted but none is refused.
 */
export function appSpec (name: string, settings: AppSettings): TargetSpec {
  return {
    name,
    script: NPM_START.script,
    onTargetCore: true,
    env: {
      DATABASE_URL: `sqlite:${settings.database}`,
      BLUEPRINT_ADMIN_KEY: ADMIN_KEY,
      LOG_LEVEL: 'info',
      RATE_LIMIT: '100000000',
      ...settings.env
    },
    ...(settings.logFile === undefined ? {} : { logFile: settings.logFile }),
    nodeArgs: [...NPM_START.nodeArgs, ...(settings.nodeArgs ?? [])],
    database: settings.database,
    gcProbe: settings.gcProbe === true
  }
}

const SCRIPTS: Record<OtherTarget, string> = {
  'baseline A': 'baseline-fastify.ts',
  'baseline B': 'baseline-sqlite.ts',
  'B + headers': 'baseline-sqlite.ts',
  Express: 'peer-express.ts',
  Hono: 'peer-hono.ts'
}

/** A baseline or peer, started as its users would start it: `node script`, with Node's default flags. */
export function otherSpec (name: OtherTarget, database: string): TargetSpec {
  const headers = name === 'B + headers' ? { BASELINE_HEADERS: 'contract' } : {}
  const served = name === 'baseline A' ? {} : { env: { DATABASE_PATH: database, ...headers }, database }
  return { name, script: join('bench', SCRIPTS[name]), env: {}, onTargetCore: true, gcProbe: true, ...served }
}
