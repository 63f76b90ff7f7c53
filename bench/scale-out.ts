// Measures the app on PostgreSQL with one instance and with two (`node bench/scale-out.ts`): GET, PUT and a 90/10 mix, 50 connections in all.
import { randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import pg from 'pg'
import { logFor, wholeNumberOption } from './command-line.ts'
import { CONNECTIONS, getOne, mixed, putOne, run } from './load.ts'
import type { Workload } from './load.ts'
import { cpuSeconds, machineBusySeconds, peakRssMb } from './proc-stats.ts'
import { median } from './median.ts'
import { personName } from './seed.ts'
import { ADMIN_KEY, appSpec } from './specs.ts'
import { fixed, formatTable } from './text-table.ts'
import { killAllTargetsNow, probe, startTarget, stopAllTargets } from './targets.ts'
import type { Target } from './targets.ts'

const HELP = `node bench/scale-out.ts [options]

  one instance against two, on PostgreSQL: table, bench/results/scale-out.json
  --database URL   a postgres:// URL (default $TEST_POSTGRES_URL or postgres://postgres@127.0.0.1:5432/test);
                   a fresh schema is made in it and dropped at the end
  --rounds N       rounds, each running one and two instances in turn (default 3)
  --seconds S      length of each measured run (default 5)
`

const RESULTS = join('bench', 'results')
const PEOPLE = 10_000
const WARMUP_SECONDS = 3
const SETUPS = ['one instance', 'two instances'] as const
type Setup = typeof SETUPS[number]

const { values: flags } = parseArgs({
  options: {
    database: { type: 'string', default: process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test' },
    rounds: { type: 'string', default: '3' },
    seconds: { type: 'string', default: '5' },
    help: { type: 'boolean', default: false }
  }
})

interface Sample {
  round: number
  workload: string
  setup: Setup
  /** Summed over the instances. */
  rps: number
  /** The worse of the instances' p99, in milliseconds (2xx answers). */
  p99: number
  requests: number
  errors: number
  non2xx: number
  /** CPU of both app processes per answered request, in microseconds (the idle one included with one instance). */
  appCpuUsPerRequest: number
  /** CPU of every PostgreSQL process per answered request, in microseconds. */
  dbCpuUsPerRequest: number
  /** Cores kept busy, on average, by the app processes, PostgreSQL, this process (autocannon) and everything else. */
  cores: { app: number, db: number, client: number, other: number }
  /** The 1-minute load average at the end of the run. */
  loadavg1: number
}

const log = logFor('scale-out')

/** CPU seconds used so far by each live PostgreSQL process (the postmaster, its backends and helpers). */
function postgresCpu (): Map<number, number> {
  const seconds = new Map<number, number>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === 'postgres') seconds.set(Number(entry), cpuSeconds(Number(entry)))
    } catch {
      // The process ended meanwhile.
    }
  }
  return seconds
}

/** CPU PostgreSQL used between two snapshots; a backend started in between counts from zero. */
function postgresCpuSince (before: ReadonlyMap<number, number>): number {
  let total = 0
  for (const [pid, seconds] of postgresCpu()) total += seconds - (before.get(pid) ?? 0)
  return total
}

/** One measured run: one autocannon per loaded instance, all at once, the connections split evenly between them. */
async function measure (loaded: readonly Target[], all: readonly Target[], workload: Workload, seconds: number): Promise<Omit<Sample, 'round' | 'workload' | 'setup'>> {
  const appBefore = all.map(target => cpuSeconds(target.pid))
  const dbBefore = postgresCpu()
  const machineBefore = machineBusySeconds()
  const clientBefore = process.cpuUsage()
  const started = process.hrtime.bigint()
  const connections = CONNECTIONS / loaded.length
  const results = await Promise.all(loaded.map(async target => await run({ url: target.url, connections, duration: seconds, requests: workload.requests })))
  const elapsed = Number(process.hrtime.bigint() - started) / 1e9
  const app = all.reduce((sum, target, index) => sum + cpuSeconds(target.pid) - (appBefore[index] ?? 0), 0)
  const db = postgresCpuSince(dbBefore)
  const clientUsage = process.cpuUsage(clientBefore)
  const client = (clientUsage.user + clientUsage.system) / 1e6
  const machine = machineBusySeconds() - machineBefore
  const requests = results.reduce((sum, result) => sum + result.requests.total, 0)
  return {
    rps: results.reduce((sum, result) => sum + result.requests.total / result.duration, 0),
    p99: Math.max(...results.map(result => result.latency.p99)),
    requests,
    errors: results.reduce((sum, result) => sum + result.errors + result.timeouts, 0),
    non2xx: results.reduce((sum, result) => sum + result.non2xx, 0),
    appCpuUsPerRequest: requests === 0 ? Number.NaN : app * 1e6 / requests,
    dbCpuUsPerRequest: requests === 0 ? Number.NaN : db * 1e6 / requests,
    cores: { app: app / elapsed, db: db / elapsed, client: client / elapsed, other: Math.max(0, machine - app - db - client) / elapsed },
    loadavg1: loadavg()[0] ?? Number.NaN
  }
}

/** The schema of this run, the connection that seeded it, and its temporary directory: all removed at the end. */
let schema: string | undefined
let workDir: string | undefined

async function seed (client: pg.Client, name: string): Promise<void> {
  // The instance has applied the migrations; the people go in with one statement.
  const now = new Date().toISOString()
  await client.query(
    `INSERT INTO ${name}.people (name, email, comment, created_at, updated_at)
     SELECT 'person-' || lpad(i::text, 7, '0'), 'person-' || lpad(i::text, 7, '0') || '@example.org', 'seeded for the benchmark', $1, $1
     FROM generate_series(0, $2::int - 1) AS i`,
    [now, PEOPLE]
  )
  await client.query(`ANALYZE ${name}.people`)
}

async function main (): Promise<void> {
  if (flags.help) {
    console.log(HELP)
    return
  }
  const rounds = wholeNumberOption(flags.rounds, 'rounds')
  const seconds = wholeNumberOption(flags.seconds, 'seconds')
  const base = new URL(flags.database)
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(base.hostname)) throw new Error(`loopback only: ${base.hostname} is not this machine`)
  workDir = mkdtempSync(join(tmpdir(), 'rest-api-scale-out-'))
  schema = `bench_scale_${randomBytes(6).toString('hex')}`
  const url = new URL(base)
  url.searchParams.set('schema', schema)
  const machineBefore = { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', loadavg: loadavg(), at: new Date().toISOString() }

  log(`schema ${schema}; starting two instances`)
  // Not pinned to one core: two instances are here to use both.
  const spec = (name: string): ReturnType<typeof appSpec> => ({
    ...appSpec(name, { database: '', logFile: join(workDir ?? tmpdir(), `${name.replaceAll(' ', '-')}.log`), env: { DATABASE_URL: url.href } }),
    onTargetCore: false
  })
  // The first applies the migrations alone; the second then finds them done.
  const first = await startTarget(spec('instance 1'))
  const client = new pg.Client({ connectionString: base.href })
  await client.connect()
  try {
    log(`seeding ${PEOPLE} people`)
    await seed(client, schema)
  } finally {
    await client.end()
  }
  const second = await startTarget(spec('instance 2'))
  const instances = [first, second]
  for (const instance of instances) {
    const status = await probe(`${instance.url}/v1/people/${personName(PEOPLE - 1)}`, { authorization: `Bearer ${ADMIN_KEY}`, accept: 'application/json' })
    if (status !== 200) throw new Error(`${instance.name} answered ${String(status)} to a GET of a seeded person:\n${instance.stderr()}`)
  }

  const mix = mixed(ADMIN_KEY, PEOPLE)
  const workloads = [getOne(ADMIN_KEY, PEOPLE), putOne(ADMIN_KEY, PEOPLE), mix]
  const loadedBy: Record<Setup, Target[]> = { 'one instance': [first], 'two instances': instances }

  log(`warming up for ${WARMUP_SECONDS} s per setup`)
  for (const setup of SETUPS) await measure(loadedBy[setup], instances, mix, WARMUP_SECONDS)

  const samples: Sample[] = []
  for (let round = 1; round <= rounds; round++) {
    // Odd rounds start with one instance, even rounds with two.
    const order = round % 2 === 1 ? SETUPS : [...SETUPS].reverse()
    for (const workload of workloads) {
      for (const setup of order) {
        const result = await measure(loadedBy[setup], instances, workload, seconds)
        samples.push({ round, workload: workload.name, setup, ...result })
        log(`round ${round} ${workload.name.padEnd(10)} ${setup.padEnd(13)} ${result.rps.toFixed(0).padStart(6)} req/s  p99 ${result.p99} ms  ` +
          `app ${result.appCpuUsPerRequest.toFixed(0)} µs/req  db ${result.dbCpuUsPerRequest.toFixed(0)} µs/req  load ${result.loadavg1.toFixed(2)}`)
      }
    }
  }
  const peak = Object.fromEntries(instances.map(instance => [instance.name, peakRssMb(instance.pid)]))

  const summaries = workloads.flatMap(workload => SETUPS.map(setup => {
    const runs = samples.filter(sample => sample.workload === workload.name && sample.setup === setup)
    const of = (pick: (sample: Sample) => number): number => median(runs.map(pick))
    return {
      workload: workload.name,
      setup,
      rps: of(run => run.rps),
      p99: of(run => run.p99),
      appCpuUsPerRequest: of(run => run.appCpuUsPerRequest),
      dbCpuUsPerRequest: of(run => run.dbCpuUsPerRequest),
      cores: { app: of(run => run.cores.app), db: of(run => run.cores.db), client: of(run => run.cores.client), other: of(run => run.cores.other) },
      errors: runs.reduce((sum, run) => sum + run.errors, 0),
      non2xx: runs.reduce((sum, run) => sum + run.non2xx, 0)
    }
  }))
  const ratios = workloads.map(workload => {
    const perRound = Array.from({ length: rounds }, (_, index) => {
      const pick = (setup: Setup): Sample | undefined => samples.find(sample => sample.round === index + 1 && sample.workload === workload.name && sample.setup === setup)
      const one = pick('one instance')
      const two = pick('two instances')
      return { rps: (two?.rps ?? Number.NaN) / (one?.rps ?? Number.NaN), cpu: (two?.appCpuUsPerRequest ?? Number.NaN) / (one?.appCpuUsPerRequest ?? Number.NaN) }
    })
    return { workload: workload.name, rps: median(perRound.map(ratio => ratio.rps)), appCpuPerRequest: median(perRound.map(ratio => ratio.cpu)), perRound }
  })
  const loadDuringRuns = { min: Math.min(...samples.map(sample => sample.loadavg1)), median: median(samples.map(sample => sample.loadavg1)), max: Math.max(...samples.map(sample => sample.loadavg1)) }

  console.log(`\n${formatTable(
    ['workload', 'setup', 'req/s', 'p99 ms', 'app CPU µs/req', 'db CPU µs/req', 'app cores', 'db cores', 'client cores', 'other cores', 'errors', 'non-2xx'],
    summaries.map(row => [row.workload, row.setup, fixed(row.rps), fixed(row.p99), fixed(row.appCpuUsPerRequest), fixed(row.dbCpuUsPerRequest),
      fixed(row.cores.app, 2), fixed(row.cores.db, 2), fixed(row.cores.client, 2), fixed(row.cores.other, 2), String(row.errors), String(row.non2xx)])
  )}`)
  console.log(`\n${formatTable(
    ['workload', 'two/one req/s', 'two/one app CPU per request', ...Array.from({ length: rounds }, (_, index) => `r${index + 1} req/s`)],
    ratios.map(row => [row.workload, fixed(row.rps, 2), fixed(row.appCpuPerRequest, 2), ...row.perRound.map(ratio => fixed(ratio.rps, 2))])
  )}`)
  console.log(`\n${machineBefore.cpus} cores, ${machineBefore.cpu}; 1-minute load average during the runs: ${fixed(loadDuringRuns.min, 2)}–${fixed(loadDuringRuns.max, 2)} (median ${fixed(loadDuringRuns.median, 2)})`)

  mkdirSync(RESULTS, { recursive: true })
  const file = join(RESULTS, 'scale-out.json')
  writeFileSync(file, `${JSON.stringify({
    machine: { before: machineBefore, after: { loadavg: loadavg(), at: new Date().toISOString() }, loadDuringRuns },
    settings: { rounds, seconds, warmupSeconds: WARMUP_SECONDS, people: PEOPLE, connections: CONNECTIONS, store: 'postgresql' },
    summaries,
    ratios,
    peakRssMb: peak,
    samples
  }, null, 2)}\n`)
  log(`wrote ${file}`)
}

async function cleanUp (): Promise<void> {
  await stopAllTargets()
  if (schema !== undefined) {
    const name = schema
    schema = undefined
    const client = new pg.Client({ connectionString: flags.database })
    try {
      await client.connect()
      await client.query(`DROP SCHEMA IF EXISTS ${name} CASCADE`)
      log(`dropped schema ${name}`)
    } catch (error) {
      log(`could not drop schema ${name}: ${String(error)}`)
    } finally {
      await client.end().catch(() => {})
    }
  }
  if (workDir !== undefined) rmSync(workDir, { recursive: true, force: true })
}

// Whatever happens, no instance outlives the benchmark.
process.once('exit', killAllTargetsNow)
process.once('SIGINT', () => {
  log('interrupted: stopping the instances')
  cleanUp().finally(() => process.exit(130))
})

main()
  .catch((error: unknown) => {
    console.error(error)
    process.exitCode = 1
  })
  .finally(async () => await cleanUp())
