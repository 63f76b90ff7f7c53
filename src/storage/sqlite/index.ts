// Opens the embedded SQLite store: WAL mode, migrations applied, statements prepared.
import { randomBytes } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import type { Store } from '../store.ts'
import { startCheckpointer } from './checkpointer.ts'
import { reportingFull } from './full.ts'
import { writeGroupsOf } from './group-commit.ts'
import { sqliteEvents } from './events.ts'
import { sqliteKeys } from './keys.ts'
import { migrate } from './migrate.ts'
import { sqlitePeople } from './people.ts'
import { sqliteSwitches } from './switches.ts'

export const IN_MEMORY = ':memory:'

export function openSqliteStore (path: string): Store {
  if (path !== IN_MEMORY) mkdirSync(dirname(path), { recursive: true })
  const db = new DatabaseSync(path)
  // WAL lets readers and one writer work at once. With synchronous=NORMAL a
  // commit is in the WAL (the OS's hands) before we answer, so it survives a
  // crash of this process; FULL would also survive power loss, at one fsync per write.
  db.exec('PRAGMA journal_mode = WAL')
  db.exec('PRAGMA synchronous = NORMAL')
  // Other instances on the same file wait for the write lock instead of failing.
  db.exec('PRAGMA busy_timeout = 5000')
  db.exec('PRAGMA foreign_keys = ON')
  const appliedMigrations = migrate(db)
  // An in-memory database has no write-ahead log to checkpoint.
  const checkpointer = path === IN_MEMORY ? undefined : startCheckpointer(db, path)
  const ping = db.prepare('SELECT 1')
  const insertSecret = db.prepare('INSERT INTO secrets (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING')
  const selectSecret = db.prepare('SELECT value FROM secrets WHERE name = ?')

  const events = sqliteEvents(db)

  return {
    appliedMigrations,
    people: reportingFull(sqlitePeople(db)),
    keys: reportingFull(sqliteKeys(db, events)),
    switches: reportingFull(sqliteSwitches(db, events)),
    events: { list: events.list },
    ...reportingFull({
      async secret (name: string) {
        // Read first: only the very first call writes, so a full disk does
        // not stop lists, which sign their cursors with the secret.
        if (selectSecret.get(name) === undefined) {
          // Whoever inserts first wins; everyone then reads the same value.
          insertSecret.run(name, randomBytes(32))
        }
        const { value } = selectSecret.get(name) as { value: Uint8Array }
        return Buffer.from(value)
      },
      async ping () {
        ping.get()
      }
    }),
    async close () {
      // Writes already asked for are committed, not dropped with the connection.
      writeGroupsOf(db).commitWaiting()
      // The checkpointer's connection closes first, so that the main one is the
      // last: SQLite then checkpoints everything and removes the log.
      await checkpointer?.stop()
      if (db.isOpen) db.close()
    }
  }
}
