// The checkpointer's thread (checkpointer.ts): its own connection copies the write-ahead log into the database file, over and over.
// Plain JavaScript: a thread that started from a .ts file would load Node's
// TypeScript stripper too, about 20 MB more for ten lines.
import { DatabaseSync } from 'node:sqlite'
import { parentPort, workerData } from 'node:worker_threads'

const { path, everyMs } = workerData
const db = new DatabaseSync(path)
// The same durability as the main connection: the log is flushed before a
// checkpoint copies it, and the database file after.
db.exec('PRAGMA synchronous = NORMAL')
// PASSIVE copies what it can without waiting for readers or writers; what it
// cannot copy now, the next round will.
const checkpoint = db.prepare('PRAGMA wal_checkpoint(PASSIVE)')
// SQLITE_FULL (13): the database file cannot grow while the disk is full.
// The log keeps the writes meanwhile, and a later round copies them once
// there is room; any other failure ends the thread (checkpointer.ts).
const SQLITE_FULL = 13
const timer = setInterval(() => {
  try {
    checkpoint.all()
  } catch (error) {
    if ((error.errcode & 0xff) !== SQLITE_FULL) throw error
  }
}, everyMs)

// The one message is "stop": with the timer and the port gone, the thread ends.
parentPort?.once('message', () => {
  clearInterval(timer)
  db.close()
  parentPort?.close()
})
