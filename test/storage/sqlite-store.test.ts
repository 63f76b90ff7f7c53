// Runs the Store contract against SQLite in memory and on disk, and checks what only a file can show.
import assert from 'node:assert/strict'
import { mkdirSync, readFileSync } from 'node:fs'
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { after, describe, test } from 'node:test'
import { BACKSTOP_PAGES } from '../../src/storage/sqlite/checkpointer.ts'
import { IN_MEMORY, openSqliteStore } from '../../src/storage/sqlite/index.ts'
import { aDraft } from '../people.ts'
import { waitFor } from '../wait-for.ts'
import { describeStoreContract } from './store-contract.ts'
import { BY_TEST } from '../actor.ts'

const temporaryDirectories: string[] = []
// A page in the log is a frame: the 4 KiB page and a 24-byte header.
const FRAME_BYTES = 4096 + 24

function mebibytes (bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1)
}

async function newDatabasePath (): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), 'blueprint-store-'))
  temporaryDirectories.push(directory)
  return join(directory, 'nested', 'store.sqlite')
}

function readMigrations (path: string): unknown[] {
  const db = new DatabaseSync(path, { readOnly: true })
  try {
    return db.prepare('SELECT version, name, applied_at FROM schema_migrations ORDER BY version').all()
  } finally {
    db.close()
  }
}

after(async () => {
  for (const directory of temporaryDirectories) await rm(directory, { recursive: true, force: true })
})

describeStoreContract('SQLite in memory', async () => openSqliteStore(IN_MEMORY))

describeStoreContract('SQLite in a file', async () => openSqliteStore(await newDatabasePath()))

describe('SQLite in a file', () => {
  test('keeps people and keys after close and reopen', async () => {
    const path = await newDatabasePath()
    const first = openSqliteStore(path)
    const { person } = await first.people.put('名前', aDraft({ email: '用户@例子.广告', comment: 'tab\there' }))
    const key = {
      id: 'key_reopen',
      name: 'ci',
      hash: 'cd'.repeat(32),
      capabilities: ['people:read' as const],
      createdAt: '2024-01-01T00:00:00.000Z',
      revokedAt: null,
      expiresAt: '2031-05-06T07:08:09.456Z',
      lastUsedAt: '2024-02-03T04:05:06.789Z'
    }
    await first.keys.create(key, BY_TEST)
    const revision = await first.keys.revision()
    await first.close()

    const second = openSqliteStore(path)
    try {
      assert.deepEqual(await second.people.find('名前'), person)
      assert.deepEqual(await second.keys.listActive(), [key])
      assert.equal(await second.keys.revision(), revision)
    } finally {
      await second.close()
    }
  })

  test('applies every migration once and none again on reopen', async () => {
    const path = await newDatabasePath()
    const created = openSqliteStore(path)
    await created.close()
    const applied = readMigrations(path)
    const files = (await readdir(new URL('../../src/storage/sqlite/migrations/', import.meta.url)))
      .filter(file => file.endsWith('.sql')).sort()
    assert.ok(files.length > 0)
    assert.equal(applied.length, files.length)
    assert.deepEqual(created.appliedMigrations, files)

    const reopened = openSqliteStore(path)
    await reopened.people.put('fred', aDraft({ email: 'fred@example.com' }))
    await reopened.close()
    assert.deepEqual(reopened.appliedMigrations, [])
    assert.deepEqual(readMigrations(path), applied)
  })

  test('numbering the keys (migration 006) keeps the order they were listed in, and numbers those an instance still on the version before makes', async () => {
    const path = await newDatabasePath()
    mkdirSync(dirname(path), { recursive: true })
    const migrations = new URL('../../src/storage/sqlite/migrations/', import.meta.url)
    const before = (await readdir(migrations)).filter(file => file.endsWith('.sql') && Number.parseInt(file, 10) < 6).sort()
    // The database as the version before left it, with keys listed by when they were made, then by id.
    const db = new DatabaseSync(path)
    db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT')
    for (const file of before) {
      db.exec(readFileSync(new URL(file, migrations), 'utf8'))
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(Number.parseInt(file, 10), file, '2024-01-01T00:00:00.000Z')
    }
    // The insert of the version before, which knows nothing of a number.
    const insertAsBefore = (database: DatabaseSync, id: string, createdAt: string): void => {
      database.prepare('INSERT INTO api_keys (id, name, hash, capabilities, created_at, expires_at, last_used_at) VALUES (?, ?, ?, ?, ?, NULL, NULL)')
        .run(id, id, id.padEnd(64, '0'), '["people:read"]', createdAt)
    }
    insertAsBefore(db, 'key_b', '2024-01-02T00:00:00.000Z')
    insertAsBefore(db, 'key_a', '2024-01-02T00:00:00.000Z')
    insertAsBefore(db, 'key_c', '2024-01-01T00:00:00.000Z')
    db.close()

    const store = openSqliteStore(path)
    try {
      assert.ok(store.appliedMigrations.includes('006-key-order.sql'))
      const ids = async (): Promise<string[]> => (await store.keys.list({ limit: 100 })).map(key => key.id)
      assert.deepEqual(await ids(), ['key_c', 'key_a', 'key_b'])
      // A rolling upgrade: another instance, not yet upgraded, makes a key with a clock that runs behind.
      const oldInstance = new DatabaseSync(path)
      insertAsBefore(oldInstance, 'key_d', '2023-01-01T00:00:00.000Z')
      oldInstance.close()
      assert.deepEqual(await ids(), ['key_c', 'key_a', 'key_b', 'key_d'])
      await store.keys.create({ id: 'key_e', name: 'e', hash: 'e'.repeat(64), capabilities: ['people:read'], createdAt: '2022-01-01T00:00:00.000Z', revokedAt: null, expiresAt: null, lastUsedAt: null }, BY_TEST)
      assert.deepEqual((await store.keys.list({ after: 'key_d', limit: 100 })).map(key => key.id), ['key_e'])
    } finally {
      await store.close()
    }
  })

  test('keeps the write-ahead log bounded while people are replaced', async () => {
    const path = await newDatabasePath()
    const store = openSqliteStore(path)
    try {
      // Each replacement adds a 4 KiB page to the log: never checkpointed, this makes it 100 MiB.
      const replacements = 2.5 * BACKSTOP_PAGES
      for (let index = 0; index < replacements; index++) {
        await store.people.put(`person-${index % 100}`, aDraft({ email: `e${index}@example.com` }))
      }
      const { size } = await stat(`${path}-wal`)
      // The check comes after a commit, which can take the log a little past the mark.
      const bound = 1.25 * BACKSTOP_PAGES * FRAME_BYTES
      assert.ok(size <= bound, `the WAL has grown to ${mebibytes(size)} MiB, past ${mebibytes(bound)} MiB`)
    } finally {
      await store.close()
    }
  })

  test('copies the log into the database file in the background, with no write to prompt it', async () => {
    const path = await newDatabasePath()
    const store = openSqliteStore(path)
    try {
      const before = (await stat(path)).size
      // A few hundred pages: far fewer than SQLite's own checkpoint waits for (1,000).
      for (let index = 0; index < 300; index++) {
        await store.people.put(`person-${index}`, aDraft({ email: `e${index}@example.com`, comment: 'a new page now and then' }))
      }
      await waitFor('the database file to grow', async () => (await stat(path)).size > before, 5000)
    } finally {
      await store.close()
    }
  })

  test('close can be called twice', async () => {
    const store = openSqliteStore(await newDatabasePath())
    await store.close()
    await store.close()
  })

  test('ping fails once the store is closed', async () => {
    const store = openSqliteStore(await newDatabasePath())
    await store.close()
    await assert.rejects(store.ping())
  })
})
