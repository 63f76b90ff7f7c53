// Runs the Store contract against SQLite in memory and on disk, and checks what only a file can show.
import assert from 'node:assert/strict'
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { after, describe, test } from 'node:test'
import { IN_MEMORY, openSqliteStore } from '../../src/storage/sqlite/index.ts'
import { describeStoreContract } from './store-contract.ts'

const temporaryDirectories: string[] = []

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
    const { person } = await first.people.put('名前', { email: '用户@例子.广告', comment: 'tab\there' })
    const key = {
      id: 'key_reopen',
      name: 'ci',
      hash: 'cd'.repeat(32),
      capabilities: ['people:read' as const],
      createdAt: '2024-01-01T00:00:00.000Z',
      revokedAt: null
    }
    await first.keys.create(key)
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
    await openSqliteStore(path).close()
    const applied = readMigrations(path)
    const files = (await readdir(new URL('../../src/storage/sqlite/migrations/', import.meta.url)))
      .filter(file => file.endsWith('.sql'))
    assert.ok(files.length > 0)
    assert.equal(applied.length, files.length)

    const reopened = openSqliteStore(path)
    await reopened.people.put('fred', { email: 'fred@example.com', comment: null })
    await reopened.close()
    assert.deepEqual(readMigrations(path), applied)
  })

  test('keeps the write-ahead log checkpointed while people are replaced', async () => {
    const path = await newDatabasePath()
    const store = openSqliteStore(path)
    try {
      // Each replacement adds 4 KiB pages to the log; never checkpointed, 4,000 of them made it 16 MiB.
      for (let index = 0; index < 4000; index++) {
        await store.people.put(`person-${index % 100}`, { email: `e${index}@example.com`, comment: null })
      }
      const { size } = await stat(`${path}-wal`)
      // SQLite checkpoints at 1,000 pages (4 MiB) and then writes the log again from its start.
      assert.ok(size < 8 * 1024 * 1024, `the WAL has grown to ${(size / 1024 / 1024).toFixed(1)} MiB`)
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
