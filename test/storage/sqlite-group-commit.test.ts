// Checks that the writes of one turn of the event loop share one transaction, and that each still succeeds or fails on its own.
import assert from 'node:assert/strict'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { afterEach, beforeEach, describe, test } from 'node:test'
import { isDiskFull } from '../../src/storage/sqlite/full.ts'
import { writeGroupsOf } from '../../src/storage/sqlite/group-commit.ts'
import type { WriteGroups } from '../../src/storage/sqlite/group-commit.ts'

describe('SQLite writes committed in groups', () => {
  let directory: string
  let db: DatabaseSync
  // A second connection to the same file, as another process would have: it sees only what is committed.
  let outside: DatabaseSync
  let groups: WriteGroups

  const add = (value: string) => () => db.prepare('INSERT INTO notes (value) VALUES (?)').run(value).changes
  const committed = (): string[] => outside.prepare('SELECT value FROM notes ORDER BY id').all().map(row => String(row.value))

  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), 'blueprint-group-commit-'))
    const path = join(directory, 'notes.sqlite')
    db = new DatabaseSync(path)
    db.exec('PRAGMA journal_mode = WAL')
    db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, value TEXT NOT NULL)')
    outside = new DatabaseSync(path)
    groups = writeGroupsOf(db)
  })

  afterEach(async () => {
    outside.close()
    if (db.isOpen) db.close()
    await rm(directory, { recursive: true, force: true })
  })

  test('writes asked for in one turn run in one transaction, each seeing the ones before it', async () => {
    const first = groups.write(add('first'))
    const seen = groups.write(() => ({
      inside: db.prepare('SELECT count(*) AS n FROM notes').get()?.n,
      outside: committed().length
    }))
    assert.deepEqual(await seen, { inside: 1, outside: 0 })
    assert.equal(await first, 1)
    assert.deepEqual(committed(), ['first'])
  })

  test('a write settles only once its group is committed', async () => {
    const seenWhenSettled = groups.write(add('first')).then(() => committed())
    groups.write(add('second')).catch(() => {})
    assert.deepEqual(await seenWhenSettled, ['first', 'second'])
  })

  test('a write asked for after the group began waits for the next one', async () => {
    await groups.write(add('first'))
    const seen = await groups.write(() => committed())
    assert.deepEqual(seen, ['first'])
  })

  test('a write that throws takes back only its own changes, and is refused alone', async () => {
    const broken = new Error('the condition failed')
    const outcomes = await Promise.allSettled([
      groups.write(add('kept')),
      groups.write(() => {
        add('taken back')()
        throw broken
      }),
      groups.write(add('also kept'))
    ])
    assert.deepEqual(outcomes.map(outcome => outcome.status), ['fulfilled', 'rejected', 'fulfilled'])
    assert.equal((outcomes[1] as PromiseRejectedResult).reason, broken)
    assert.deepEqual(committed(), ['kept', 'also kept'])
  })

  test('when a full disk makes SQLite roll the whole group back, every write of it is refused and none is kept', async () => {
    const { page_count: pages } = db.prepare('PRAGMA page_count').get() as { page_count: number }
    db.exec(`PRAGMA max_page_count = ${pages + 1}`)
    const outcomes = await Promise.allSettled([
      groups.write(add('small')),
      groups.write(add('x'.repeat(100_000))),
      groups.write(add('never run'))
    ])
    for (const outcome of outcomes) {
      assert.equal(outcome.status, 'rejected')
      assert.ok(isDiskFull(outcome.reason), `expected a full disk, got ${String(outcome.reason)}`)
    }
    assert.deepEqual(committed(), [])
    assert.equal(db.isTransaction, false)

    db.exec('PRAGMA max_page_count = 1073741823')
    await groups.write(add('after space was freed'))
    assert.deepEqual(committed(), ['after space was freed'])
  })

  test('a COMMIT that fails refuses the whole group and leaves no transaction open', async () => {
    // A deferred foreign key is checked only by COMMIT, which then fails and leaves the transaction open.
    db.exec('PRAGMA foreign_keys = ON')
    db.exec('CREATE TABLE replies (note INTEGER NOT NULL REFERENCES notes (id) DEFERRABLE INITIALLY DEFERRED)')
    const outcomes = await Promise.allSettled([
      groups.write(add('one')),
      groups.write(() => db.prepare('INSERT INTO replies (note) VALUES (404)').run().changes)
    ])
    for (const outcome of outcomes) {
      assert.equal(outcome.status, 'rejected')
      assert.match(String(outcome.reason), /FOREIGN KEY constraint failed/)
    }
    assert.equal(db.isTransaction, false)
    assert.deepEqual(committed(), [])
    assert.equal(await groups.write(add('next')), 1)
    assert.deepEqual(committed(), ['next'])
  })

  test('commitWaiting commits the waiting group at once, before the connection closes', async () => {
    const written = groups.write(add('asked for just before closing'))
    groups.commitWaiting()
    db.close()
    assert.equal(await written, 1)
    assert.deepEqual(committed(), ['asked for just before closing'])
  })

  test('a write asked for once the connection is closed is refused, without bringing the process down', async () => {
    db.close()
    await assert.rejects(groups.write(add('too late')), /finalized/)
  })
})
