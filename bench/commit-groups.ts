// What a commit costs a write, measured in this process: the app's upsert committed alone, against groups of writes sharing one BEGIN IMMEDIATE … COMMIT, as the store groups them.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { PERSON_FIELDS } from '../src/person/fields.ts'
import { peopleSql } from '../src/storage/sqlite/people.ts'
import { median } from './median.ts'
import { personName, seedPeople } from './seed.ts'
import { fixed, formatTable } from './text-table.ts'

const PEOPLE = 10_000
const WRITES = 20_000
const ROUNDS = 5
// Alone, as SQLite commits a statement outside a transaction; then in groups as the store makes them, a savepoint a write.
const WAYS = [
  { label: 'committed alone', groupSize: 1, grouped: false },
  { label: 'in a group of 1', groupSize: 1, grouped: true },
  { label: 'in a group of 5', groupSize: 5, grouped: true },
  { label: 'in a group of 25', groupSize: 25, grouped: true }
] as const

const directory = mkdtempSync(join(tmpdir(), 'rest-api-commit-groups-'))
try {
  const path = join(directory, 'people.sqlite')
  await seedPeople(path, PEOPLE)
  const db = new DatabaseSync(path)
  // The server's pragmas (src/storage/sqlite/index.ts); checkpoints as SQLite's default, every 1,000 pages.
  db.exec('PRAGMA journal_mode = WAL')
  db.exec('PRAGMA synchronous = NORMAL')
  // The app's own statement, for the declared fields.
  const upsert = db.prepare(peopleSql(PERSON_FIELDS).upsert)
  const begin = db.prepare('BEGIN IMMEDIATE')
  const commit = db.prepare('COMMIT')
  const savepoint = db.prepare('SAVEPOINT one_write')
  const release = db.prepare('RELEASE one_write')

  const write = (index: number): void => {
    const now = new Date().toISOString()
    upsert.get(personName(Math.floor(Math.random() * PEOPLE)), `written-${index}@example.net`, 'written by the benchmark', now, now)
  }

  /** CPU µs a write, user and system. */
  const microsecondsPerWrite = ({ groupSize, grouped }: typeof WAYS[number]): number => {
    const before = process.cpuUsage()
    for (let index = 0; index < WRITES; index += groupSize) {
      if (!grouped) {
        write(index)
        continue
      }
      begin.run()
      for (let offset = 0; offset < groupSize; offset++) {
        savepoint.run()
        write(index + offset)
        release.run()
      }
      commit.run()
    }
    const used = process.cpuUsage(before)
    return (used.user + used.system) / WRITES
  }

  for (const way of WAYS) microsecondsPerWrite(way)
  const rounds = WAYS.map(() => [] as number[])
  for (let round = 0; round < ROUNDS; round++) {
    // Each round starts with a different way, so that a log grown by one does not always fall on the next.
    for (let offset = 0; offset < WAYS.length; offset++) {
      const index = (round + offset) % WAYS.length
      const way = WAYS[index]
      if (way !== undefined) rounds[index]?.push(microsecondsPerWrite(way))
    }
  }
  db.close()
  console.log(`${WRITES} upserts of ${PEOPLE} people per measurement, medians of ${ROUNDS} rounds; CPU time of this process (user and system)\n`)
  console.log(formatTable(
    ['writes', 'µs a write', 'rounds'],
    WAYS.map(({ label }, index) => [label, fixed(median(rounds[index] ?? []), 1), (rounds[index] ?? []).map(value => fixed(value, 1)).join(' ')])
  ))
} finally {
  rmSync(directory, { recursive: true, force: true })
}
