// Measures pg against postgres (porsager) on the people table's read, upsert and list-page queries through a pool under concurrent load, to ground the choice of PostgreSQL driver in numbers.
import { randomBytes, randomInt } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import pg from 'pg'
import { COLUMNS, PEOPLE, personName, ROUNDS, WORKLOADS } from './driver-workloads.ts'
import type { Workload } from './driver-workloads.ts'
import { median } from './median.ts'

// The little of porsager's API the harness uses; typed here because the package is deliberately not a dependency.
interface PorsagerSql {
  unsafe: (query: string, params: unknown[], options: { prepare: boolean }) => Promise<unknown[]>
  end: () => Promise<void>
}
type Porsager = (url: string, options: { max: number, onnotice: () => void }) => PorsagerSql

/** One driver behind the three operations, so that both run the same SQL through the same harness. */
interface Runner {
  read: (name: string) => Promise<unknown[]>
  write: (name: string, now: string) => Promise<unknown[]>
  list: (name: string) => Promise<unknown[]>
  end: () => Promise<void>
}

const URL_TEXT = process.env.BENCH_POSTGRES_URL ?? process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test'
const POOL = 10
const CONCURRENCY = 32
const COUNTS: Record<Workload, number> = { read: 20_000, write: 5_000, list: 10_000 }
const DRIVERS = ['pg', 'postgres'] as const
type Driver = typeof DRIVERS[number]
const SCHEMA = `bench_${randomBytes(4).toString('hex')}`

// The same statements the adapter runs; the schema is written into the text so that neither driver needs a search_path.
const SQL = {
  read: `SELECT ${COLUMNS} FROM ${SCHEMA}.people WHERE name = $1`,
  write: `INSERT INTO ${SCHEMA}.people (${COLUMNS}) VALUES ($1, $2, $3, $4::timestamptz, $4::timestamptz) ` +
    'ON CONFLICT (name) DO UPDATE SET email = excluded.email, comment = excluded.comment, updated_at = excluded.updated_at RETURNING created_at',
  list: `SELECT ${COLUMNS} FROM ${SCHEMA}.people WHERE name > $1 ORDER BY name LIMIT 21`
}

/** Reads a package's version by walking up from its entry point, since exports maps may hide package.json. */
function versionOf (specifier: string): string {
  let directory = dirname(createRequire(import.meta.url).resolve(specifier))
  while (directory !== dirname(directory)) {
    try {
      const manifest = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')) as { name?: string, version: string }
      if (manifest.name === specifier) return manifest.version
    } catch {}
    directory = dirname(directory)
  }
  return 'unknown'
}

async function loadPorsager (): Promise<Porsager> {
  // A non-literal specifier keeps tsc from requiring the package or its types.
  const specifier: string = 'postgres'
  try {
    return (await import(specifier) as { default: Porsager }).default
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw err
    console.error('postgres (porsager) is not installed (it is not a project dependency). Get it without touching package.json:\n' +
      '  npm install --no-save postgres@3')
    process.exit(1)
  }
}

function pgRunner (): Runner {
  const pool = new pg.Pool({ connectionString: URL_TEXT, max: POOL })
  // Named statements: each connection parses and plans a statement once, then only binds and executes it.
  const run = async (name: Workload, values: unknown[]): Promise<unknown[]> => (await pool.query({ name, text: SQL[name], values })).rows
  return {
    read: async name => await run('read', [name]),
    write: async (name, now) => await run('write', [name, 'bench@example.net', 'upserted', now]),
    list: async name => await run('list', [name]),
    end: async () => await pool.end()
  }
}

function porsagerRunner (postgres: Porsager): Runner {
  const sql = postgres(URL_TEXT, { max: POOL, onnotice: () => {} })
  // prepare: true makes porsager use named statements too, as its tagged templates do by default.
  const run = async (name: Workload, values: unknown[]): Promise<unknown[]> => await sql.unsafe(SQL[name], values, { prepare: true })
  return {
    read: async name => await run('read', [name]),
    write: async (name, now) => await run('write', [name, 'bench@example.net', 'upserted', now]),
    list: async name => await run('list', [name]),
    end: async () => await sql.end()
  }
}

async function measure (runner: Runner, workload: Workload, picks: string[]): Promise<number> {
  const now = new Date().toISOString()
  let next = 0
  let answered = 0
  // CONCURRENCY workers share one queue of names: more requests in flight than connections, as under real load.
  const worker = async (): Promise<void> => {
    while (next < picks.length) {
      const name = picks[next++] ?? ''
      const rows = workload === 'write' ? await runner.write(name, now) : await runner[workload](name)
      if (rows.length > 0) answered++
    }
  }
  const start = performance.now()
  await Promise.all(Array.from({ length: CONCURRENCY }, worker))
  const seconds = (performance.now() - start) / 1000
  // Counting answers checks every name was found and keeps the results observably used.
  if (answered !== picks.length) throw new Error(`${workload}: ${picks.length - answered} operations returned nothing`)
  return picks.length / seconds
}

const json = process.argv.includes('--json')
const postgres = await loadPorsager()
const admin = new pg.Client({ connectionString: URL_TEXT })
await admin.connect()
try {
  await admin.query(`CREATE SCHEMA ${SCHEMA}`)
  await admin.query(`CREATE TABLE ${SCHEMA}.people (name text COLLATE "C" PRIMARY KEY, email text NOT NULL, comment text, ` +
    'created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL)')
  await admin.query(`INSERT INTO ${SCHEMA}.people (${COLUMNS}) SELECT 'person-' || lpad(i::text, 5, '0'), ` +
    `'person-' || lpad(i::text, 5, '0') || '@example.org', 'seeded', now(), now() FROM generate_series(0, ${PEOPLE - 1}) AS i`)
  await admin.query(`ANALYZE ${SCHEMA}.people`)
  const server = (await admin.query<{ server_version: string }>('SHOW server_version')).rows[0]?.server_version ?? 'unknown'

  const runners: Record<Driver, Runner> = { pg: pgRunner(), postgres: porsagerRunner(postgres) }
  // Both drivers replay the same random names, so they touch the same index pages; a page starts early enough to be full.
  const last = { read: PEOPLE, write: PEOPLE, list: PEOPLE - 21 }
  const picks = Object.fromEntries(WORKLOADS.map(w => [w, Array.from({ length: COUNTS[w] }, () => personName(randomInt(last[w])))])) as Record<Workload, string[]>
  // Warm-up opens every connection, prepares every statement and lets V8 optimise before anything is recorded.
  for (const w of WORKLOADS) for (const d of DRIVERS) await measure(runners[d], w, picks[w].slice(0, COUNTS[w] / 10))

  const runs = Object.fromEntries(WORKLOADS.map(w => [w, { pg: [] as number[], postgres: [] as number[] }])) as Record<Workload, Record<Driver, number[]>>
  for (let round = 0; round < ROUNDS; round++) {
    // Swapping who goes first each round spreads drift (autovacuum, checkpoints, table bloat from upserts) over both drivers.
    const order = round % 2 === 0 ? DRIVERS : [...DRIVERS].reverse()
    for (const w of WORKLOADS) for (const d of order) runs[w][d].push(await measure(runners[d], w, picks[w]))
  }
  for (const d of DRIVERS) await runners[d].end()

  const results = WORKLOADS.map(w => {
    const medians = { pg: median(runs[w].pg), postgres: median(runs[w].postgres) }
    return { workload: w, operations: COUNTS[w], rounds: runs[w], medians, ratio: medians.postgres / medians.pg }
  })
  const versions = { node: process.version, server, pg: versionOf('pg'), postgres: versionOf('postgres') }

  if (json) {
    console.log(JSON.stringify({ versions, people: PEOPLE, pool: POOL, concurrency: CONCURRENCY, roundCount: ROUNDS, unit: 'ops/s', results }, null, 2))
  } else {
    const ops = (n: number): string => Math.round(n).toLocaleString('en-US').padStart(10)
    console.log(`node ${versions.node}, PostgreSQL ${versions.server}: pg ${versions.pg} vs postgres ${versions.postgres}`)
    console.log(`${PEOPLE.toLocaleString('en-US')} people, pool ${POOL}, ${CONCURRENCY} in flight, ${ROUNDS} rounds, ops/s; ratio = postgres / pg median\n`)
    console.log(['workload', 'driver    '].join('  ') + runs.read.pg.map((_, i) => `   round ${i + 1}`).join('') + '      median   ratio')
    for (const r of results) {
      for (const d of DRIVERS) {
        const ratio = d === 'postgres' ? `   ${r.ratio.toFixed(2)}x` : ''
        console.log(`${r.workload.padEnd(8)}  ${d.padEnd(10)}${r.rounds[d].map(ops).join('')}  ${ops(r.medians[d])}${ratio}`)
      }
    }
  }
} finally {
  await admin.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`)
  await admin.end()
}
