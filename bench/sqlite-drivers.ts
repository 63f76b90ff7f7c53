// Measures node:sqlite against better-sqlite3 on the people table's read, upsert and list-page queries, to ground the choice of driver in numbers.
import { randomInt } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { COLUMNS, PEOPLE, personName, ROUNDS, WORKLOADS } from './driver-workloads.ts'
import type { Workload } from './driver-workloads.ts'
import { median } from './median.ts'

// The surface both drivers share: typing it once lets one harness drive both, so neither side gets different glue code.
interface Statement {
  get: (...params: string[]) => unknown
  all: (...params: string[]) => unknown[]
}
interface Database {
  exec: (sql: string) => unknown
  prepare: (sql: string) => Statement
  close: () => unknown
}
type BetterSqlite3 = new (filename: string) => Database
interface Prepared { db: Database, sqlite: string, read: Statement, upsert: Statement, page: Statement }

const COUNTS: Record<Workload, number> = { read: 200_000, write: 50_000, list: 50_000 }
const DRIVERS = ['node:sqlite', 'better-sqlite3'] as const
type Driver = typeof DRIVERS[number]

async function loadBetterSqlite3 (): Promise<{ Database: BetterSqlite3, version: string }> {
  // A non-literal specifier keeps tsc from requiring the package or its types, since it is deliberately not a dependency.
  const specifier: string = 'better-sqlite3'
  try {
    const mod = await import(specifier) as { default: BetterSqlite3 }
    // Its exports map hides package.json, so read it beside the resolved entry point.
    const manifest = join(dirname(createRequire(import.meta.url).resolve(specifier)), '..', 'package.json')
    const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }
    return { Database: mod.default, version }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw err
    console.error('better-sqlite3 is not installed (it is not a project dependency). Get it without touching package.json:\n' +
      '  npm install --no-save better-sqlite3@13')
    process.exit(1)
  }
}

function prepare (db: Database): Prepared {
  // The settings a server would run with: WAL plus synchronous=NORMAL is what makes one-transaction-per-request writes affordable.
  db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000')
  const mode = db.prepare('PRAGMA journal_mode').get() as { journal_mode: string }
  if (mode.journal_mode !== 'wal') throw new Error(`journal_mode is ${mode.journal_mode}, not wal`)
  db.exec('CREATE TABLE people (name TEXT PRIMARY KEY, email TEXT NOT NULL, comment TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL) STRICT')
  const upsert = db.prepare(`INSERT INTO people (${COLUMNS}) VALUES (?, ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET ` +
    'email = excluded.email, comment = excluded.comment, updated_at = excluded.updated_at RETURNING created_at')
  const seeded = new Date().toISOString()
  // One transaction for the seed, or 10,000 WAL commits would dominate setup.
  db.exec('BEGIN')
  for (let i = 0; i < PEOPLE; i++) upsert.get(personName(i), `${personName(i)}@example.org`, 'seeded', seeded, seeded)
  db.exec('COMMIT')
  const { v } = db.prepare('SELECT sqlite_version() AS v').get() as { v: string }
  return {
    db,
    sqlite: v,
    upsert,
    read: db.prepare(`SELECT ${COLUMNS} FROM people WHERE name = ?`),
    page: db.prepare(`SELECT ${COLUMNS} FROM people WHERE name > ? ORDER BY name LIMIT 21`)
  }
}

// Fixed email and comment keep string building out of the timed loop; the upsert still rewrites the row every time.
const operations: Record<Workload, (p: Prepared, name: string, now: string) => unknown> = {
  read: (p, name) => p.read.get(name),
  write: (p, name, now) => p.upsert.get(name, 'bench@example.net', 'upserted', now, now),
  list: (p, name) => p.page.all(name)
}

function measure (p: Prepared, workload: Workload, picks: string[]): number {
  const operation = operations[workload]
  const now = new Date().toISOString()
  let answered = 0
  const start = performance.now()
  for (const name of picks) if (operation(p, name, now) !== undefined) answered++
  const seconds = (performance.now() - start) / 1000
  // Counting answers both checks every name was found and keeps the results observably used.
  if (answered !== picks.length) throw new Error(`${workload}: ${picks.length - answered} operations returned nothing`)
  return picks.length / seconds
}

const json = process.argv.includes('--json')
const better = await loadBetterSqlite3()
const dir = mkdtempSync(join(tmpdir(), 'sqlite-drivers-'))
try {
  const drivers: Record<Driver, Prepared> = {
    'node:sqlite': prepare(new DatabaseSync(join(dir, 'node.sqlite'))),
    'better-sqlite3': prepare(new better.Database(join(dir, 'better.sqlite')))
  }
  // Both drivers replay the same random names, so the B-tree pages they touch are the same.
  const picks = Object.fromEntries(WORKLOADS.map(w => [w, Array.from({ length: COUNTS[w] }, () => personName(randomInt(PEOPLE)))])) as Record<Workload, string[]>
  // Warm-up lets V8 optimise the harness and fills the page cache before anything is recorded.
  for (const w of WORKLOADS) for (const d of DRIVERS) measure(drivers[d], w, picks[w].slice(0, COUNTS[w] / 10))

  const runs = Object.fromEntries(WORKLOADS.map(w => [w, { 'node:sqlite': [] as number[], 'better-sqlite3': [] as number[] }])) as Record<Workload, Record<Driver, number[]>>
  for (let round = 0; round < ROUNDS; round++) {
    // Swapping who goes first each round spreads drift (CPU clocks, WAL growth, checkpoints) over both drivers instead of one.
    const order = round % 2 === 0 ? DRIVERS : [...DRIVERS].reverse()
    for (const w of WORKLOADS) for (const d of order) runs[w][d].push(measure(drivers[d], w, picks[w]))
  }
  for (const d of DRIVERS) drivers[d].db.close()

  const results = WORKLOADS.map(w => {
    const medians = { 'node:sqlite': median(runs[w]['node:sqlite']), 'better-sqlite3': median(runs[w]['better-sqlite3']) }
    return { workload: w, operations: COUNTS[w], rounds: runs[w], medians, ratio: medians['better-sqlite3'] / medians['node:sqlite'] }
  })
  const versions = {
    node: process.version,
    nodeSqlite: drivers['node:sqlite'].sqlite,
    betterSqlite3: better.version,
    betterSqlite3Sqlite: drivers['better-sqlite3'].sqlite
  }

  if (json) {
    console.log(JSON.stringify({ versions, people: PEOPLE, roundCount: ROUNDS, unit: 'ops/s', results }, null, 2))
  } else {
    const ops = (n: number): string => Math.round(n).toLocaleString('en-US').padStart(10)
    console.log(`node ${versions.node} (SQLite ${versions.nodeSqlite}) vs better-sqlite3 ${versions.betterSqlite3} (SQLite ${versions.betterSqlite3Sqlite})`)
    console.log(`${PEOPLE.toLocaleString('en-US')} people, ${ROUNDS} rounds, ops/s; ratio = better-sqlite3 / node:sqlite median\n`)
    console.log(['workload', 'driver        '].join('  ') + runs.read['node:sqlite'].map((_, i) => `   round ${i + 1}`).join('') + '      median   ratio')
    for (const r of results) {
      for (const d of DRIVERS) {
        const ratio = d === 'better-sqlite3' ? `   ${r.ratio.toFixed(2)}x` : ''
        console.log(`${r.workload.padEnd(8)}  ${d.padEnd(14)}${r.rounds[d].map(ops).join('')}  ${ops(r.medians[d])}${ratio}`)
      }
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
