// The checkpointer's thread, and what happens when it cannot do its work.
import assert from 'node:assert/strict'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { test } from 'node:test'
import { BACKSTOP_PAGES, startCheckpointer } from '../../src/storage/sqlite/checkpointer.ts'

function autocheckpointPages (db: DatabaseSync): number {
  return (db.prepare('PRAGMA wal_autocheckpoint').get() as { wal_autocheckpoint: number }).wal_autocheckpoint
}

test('leaves checkpoints to its thread, and hands them back to SQLite when the thread fails', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'blueprint-checkpointer-'))
  t.after(async () => await rm(dir, { recursive: true, force: true }))
  const db = new DatabaseSync(join(dir, 'store.sqlite'))
  t.after(() => db.close())
  db.exec('PRAGMA journal_mode = WAL')

  // Heard here rather than printed by the process, where it would read like a failure of the test run.
  const warned = Promise.withResolvers<string>()
  // The thread's connection cannot open a file in a folder that does not exist.
  const checkpointer = startCheckpointer(db, join(dir, 'missing', 'store.sqlite'), warned.resolve)
  assert.equal(autocheckpointPages(db), BACKSTOP_PAGES)

  assert.match(await warned.promise, /^SQLite checkpoints are back on the main thread: unable to open database file$/)
  assert.equal(autocheckpointPages(db), 1000)
  // Stopping a thread that has already failed is done at once, not an error.
  await checkpointer.stop()
})
