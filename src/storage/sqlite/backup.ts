// Backs up a SQLite store while servers use it, and puts a backup back while none do.
import { randomBytes } from 'node:crypto'
import { closeSync, existsSync, fsyncSync, linkSync, mkdirSync, openSync, rmSync, statSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { backup, DatabaseSync } from 'node:sqlite'
import { BackupError } from '../backup-error.ts'

const SQLITE_BUSY = 5

export interface BackupReport {
  people: number
  bytes: number
}

/**
 * Writes a copy of the store at `storePath` to `backupPath`, which must not
 * exist yet.
 *
 * VACUUM INTO reads the store in one read transaction, so the copy is the
 * store as it was at one moment, while servers go on writing (WAL lets
 * them). SQLite's page-by-page backup would start over whenever another
 * process writes, and under steady writes might never end. The copy is
 * written beside the target under another name, checked, synced, and only
 * then given its name: a file at `backupPath` is a whole backup.
 */
export function backUpSqlite (storePath: string, backupPath: string): BackupReport {
  if (!existsSync(storePath)) throw new BackupError(`There is no store at ${storePath}.`)
  if (existsSync(backupPath)) throw new BackupError(`${backupPath} exists already: name a new file, so that no backup is overwritten.`)
  mkdirSync(dirname(backupPath), { recursive: true, mode: 0o700 })
  const partial = join(dirname(backupPath), `.${basename(backupPath)}.${randomBytes(4).toString('hex')}.partial`)
  // It holds the keys' hashes and the secret that signs list cursors:
  // readable by its owner only. VACUUM INTO accepts an empty file.
  closeSync(openSync(partial, 'wx', 0o600))
  try {
    const store = new DatabaseSync(storePath, { readOnly: true })
    try {
      store.prepare('VACUUM INTO ?').run(partial)
    } finally {
      store.close()
    }
    const people = checkBackup(partial)
    syncToDisk(partial)
    // A link, unlike a rename, fails if the name was taken meanwhile.
    linkSync(partial, backupPath)
    syncToDisk(dirname(backupPath))
    return { people, bytes: statSync(backupPath).size }
  } finally {
    rmSync(partial, { force: true })
  }
}

/**
 * Puts the backup at `backupPath` in the place of the store at `storePath`.
 * Refused while any process has the store open: a running server would go
 * on with the keys and switches it holds in memory. SQLite's backup API
 * writes the backup into the store as one transaction of the store's own,
 * so a restore cut short leaves the old store whole, where a file copied
 * into place would be half one and half the other.
 */
export async function restoreSqlite (backupPath: string, storePath: string): Promise<BackupReport> {
  if (!existsSync(backupPath)) throw new BackupError(`There is no backup at ${backupPath}.`)
  const people = checkBackup(backupPath)
  if (existsSync(storePath)) refuseWhileOpen(storePath)
  else mkdirSync(dirname(storePath), { recursive: true })
  const source = new DatabaseSync(backupPath, { readOnly: true })
  try {
    await backup(source, storePath)
  } finally {
    source.close()
  }
  return { people, bytes: statSync(storePath).size }
}

/** Whole by SQLite's own check, and a store of this API: answers how many people it holds. */
function checkBackup (path: string): number {
  let db: DatabaseSync | undefined
  try {
    db = new DatabaseSync(path, { readOnly: true })
    const problems = db.prepare('PRAGMA integrity_check').all().map(row => String(row.integrity_check))
    if (problems.join() !== 'ok') throw new BackupError(`${path} is damaged: ${problems.slice(0, 3).join('; ')}`)
    const { people } = db.prepare('SELECT count(*) AS people FROM people').get() as { people: number }
    return people
  } catch (error) {
    if (error instanceof BackupError) throw error
    throw new BackupError(`${path} is not a backup of this API's store (${error instanceof Error ? error.message : String(error)}).`)
  } finally {
    db?.close()
  }
}

/**
 * Exclusive locking takes a lock that no other connection may hold at the
 * same time, in this process or another; closing it, the last connection,
 * also folds the write-ahead log into the store.
 */
function refuseWhileOpen (storePath: string): void {
  let probe: DatabaseSync | undefined
  try {
    probe = new DatabaseSync(storePath, { timeout: 0 })
    probe.exec('PRAGMA locking_mode = EXCLUSIVE')
    probe.exec('BEGIN EXCLUSIVE')
    probe.exec('COMMIT')
  } catch (error) {
    if ((error as { errcode?: unknown }).errcode === SQLITE_BUSY) {
      throw new BackupError(`${storePath} is open in another process, a running server perhaps: stop every server that uses it, then restore.`)
    }
    throw new BackupError(`${storePath} cannot be restored over (${error instanceof Error ? error.message : String(error)}).`)
  } finally {
    probe?.close()
  }
}

function syncToDisk (path: string): void {
  const fd = openSync(path, 'r')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}
