// Moves SQLite's checkpoints off the thread that answers requests.
import type { DatabaseSync } from 'node:sqlite'
import { Worker } from 'node:worker_threads'

/**
 * In WAL mode every commit appends pages to the log, and a checkpoint copies
 * them back into the database file. By default the commit that takes the log
 * past 1,000 pages does that copy itself, with two fsyncs, while every other
 * request waits: under a load of PUTs, a few milliseconds every few hundred
 * writes, a third of the time the store spent writing (docs/05-persistence.md).
 * A thread of its own checkpoints instead, every CHECKPOINT_EVERY_MS.
 */
const CHECKPOINT_EVERY_MS = 100
// SQLite starts the log again from its beginning only once a checkpoint has
// reached its end, which the thread's never do while writes keep coming. So
// the main connection still checkpoints at 10,000 pages (40 MiB), when the
// thread has already copied nearly all of them, and if the thread has failed.
export const BACKSTOP_PAGES = 10_000
const SQLITE_DEFAULT_PAGES = 1000

const WORKER = new URL('./checkpoint-worker.js', import.meta.url)

export interface Checkpointer {
  stop: () => Promise<void>
}

/** `warn` says that the thread failed: a process warning unless a test listens itself. */
export function startCheckpointer (db: DatabaseSync, path: string, warn = (message: string) => { process.emitWarning(message) }): Checkpointer {
  const worker = new Worker(WORKER, { workerData: { path, everyMs: CHECKPOINT_EVERY_MS } })
  // It never keeps the process alive on its own.
  worker.unref()
  db.exec(`PRAGMA wal_autocheckpoint = ${BACKSTOP_PAGES}`)
  let isRunning = true
  worker.once('exit', () => { isRunning = false })
  worker.once('error', (error) => {
    // Writes go on either way: SQLite's own checkpoints take over again.
    if (db.isOpen) db.exec(`PRAGMA wal_autocheckpoint = ${SQLITE_DEFAULT_PAGES}`)
    warn(`SQLite checkpoints are back on the main thread: ${error.message}`)
  })
  return {
    async stop () {
      if (!isRunning) return
      // Not events.once, which would reject if the thread had failed: stopping a failed one is done too.
      const exited = new Promise(resolve => worker.once('exit', resolve))
      // Held open until the thread has closed its connection.
      worker.ref()
      worker.postMessage('stop')
      await exited
    }
  }
}
