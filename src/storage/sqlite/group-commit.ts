// Commits the writes that arrive in one turn of the event loop together, in one transaction.
import type { DatabaseSync } from 'node:sqlite'

/**
 * In WAL mode every commit appends its pages and a commit frame to the log,
 * updates the log's shared index and takes and releases its locks: measured
 * in place, a PUT committed on its own spent 37 to 43 µs in its statement, a
 * grouped one 12 to 15, its share of the group's BEGIN and COMMIT included
 * (docs/14-performance.md). So a write does not commit at once: it waits for
 * setImmediate, which runs once the event loop has handled every socket that
 * was ready, and the writes gathered by then run one after another inside one
 * BEGIN IMMEDIATE … COMMIT. Under load that is every write whose body arrived
 * in that turn; alone, a write waits for nothing but the end of its own turn.
 *
 * What a caller sees does not change:
 * - its promise settles only once the COMMIT has returned, so an answered
 *   write is exactly as durable as one committed alone;
 * - each write runs in a savepoint of its own, so one that throws (a failed
 *   condition, a constraint) takes back only its own changes, and is refused
 *   alone;
 * - the writes of a group run in the order they were asked for, each seeing
 *   the ones before it, as if each had been committed in turn.
 */
export interface WriteGroups {
  /** Runs `work` in the next group's transaction; settles once that transaction has committed. */
  write: <T>(work: () => T) => Promise<T>
  /** Runs and commits the waiting group now, before the database closes under it. */
  commitWaiting: () => void
}

type Outcome = { ok: true, value: unknown } | { ok: false, error: unknown }

interface Waiting {
  work: () => unknown
  resolve: (value: unknown) => void
  reject: (error: unknown) => void
  outcome?: Outcome
}

// One per connection, so that every store on it commits in the same groups.
const groupsByDatabase = new WeakMap<DatabaseSync, WriteGroups>()

export function writeGroupsOf (db: DatabaseSync): WriteGroups {
  let groups = groupsByDatabase.get(db)
  if (groups === undefined) {
    groups = groupCommits(db)
    groupsByDatabase.set(db, groups)
  }
  return groups
}

function groupCommits (db: DatabaseSync): WriteGroups {
  // IMMEDIATE takes the write lock up front, as transaction.ts explains.
  const begin = db.prepare('BEGIN IMMEDIATE')
  const commit = db.prepare('COMMIT')
  const rollback = db.prepare('ROLLBACK')
  const savepoint = db.prepare('SAVEPOINT one_write')
  const release = db.prepare('RELEASE one_write')
  const undo = db.prepare('ROLLBACK TO one_write')
  let waiting: Waiting[] = []
  let scheduled: NodeJS.Immediate | undefined

  const runOne = (write: Waiting): Outcome => {
    savepoint.run()
    try {
      const value = write.work()
      release.run()
      return { ok: true, value }
    } catch (error) {
      // SQLite rolls the whole transaction back itself on some failures (a
      // full disk); then there is no savepoint left to go back to.
      if (db.isTransaction) {
        undo.run()
        release.run()
      }
      return { ok: false, error }
    }
  }

  /** Runs the group and commits it; what went wrong when nothing of it was kept. */
  const runAndCommit = (group: Waiting[]): { error: unknown } | undefined => {
    try {
      begin.run()
      for (const write of group) {
        const outcome = runOne(write)
        write.outcome = outcome
        // The writes before this one went with the transaction SQLite rolled back.
        if (!outcome.ok && !db.isTransaction) return { error: outcome.error }
      }
      commit.run()
      return undefined
    } catch (error) {
      // A ROLLBACK after SQLite has already rolled back would fail, and hide why.
      if (db.isOpen && db.isTransaction) rollback.run()
      return { error }
    }
  }

  const commitGroup = (): void => {
    scheduled = undefined
    const group = waiting
    waiting = []
    const lost = runAndCommit(group)
    for (const { outcome, resolve, reject } of group) {
      // A write that failed on its own keeps its own reason, whatever became of the group.
      if (outcome?.ok === false) reject(outcome.error)
      else if (lost !== undefined) reject(lost.error)
      else resolve(outcome?.value)
    }
  }

  return {
    write<T> (work: () => T) {
      return new Promise<T>((resolve, reject) => {
        waiting.push({ work, resolve: resolve as (value: unknown) => void, reject })
        scheduled ??= setImmediate(commitGroup)
      })
    },
    commitWaiting () {
      if (scheduled === undefined) return
      clearImmediate(scheduled)
      commitGroup()
    }
  }
}
