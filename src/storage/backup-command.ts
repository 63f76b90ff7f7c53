// The backup and restore commands: DATABASE_URL says which store, and each answers with one line for the operator.
import type { Config } from '../config.ts'
import { backupExposition, writeBackupMetrics } from '../observability/backup-metrics.ts'
import { BackupError } from './backup-error.ts'
import { IN_MEMORY } from './sqlite/index.ts'
import { backUpSqlite, restoreSqlite } from './sqlite/backup.ts'
import type { BackupReport } from './sqlite/backup.ts'
import { locateStore } from './store-location.ts'

/** The SQLite file DATABASE_URL names; PostgreSQL has tools of its own that do more than a copy could. */
function sqliteStorePath ({ databaseUrl }: Config): string {
  const location = locateStore(databaseUrl)
  if (location?.engine === 'postgresql') {
    throw new BackupError('DATABASE_URL names PostgreSQL, which has tools of its own for this: pg_dump and pg_restore (docs/06-operations.md, "Backups").')
  }
  if (location === undefined || location.path === IN_MEMORY) throw new BackupError('DATABASE_URL names no SQLite file: an in-memory store ends with its process.')
  return location.path
}

function summary ({ people, bytes }: BackupReport, seconds: number): string {
  const peopleText = people === 1 ? '1 person' : `${people.toLocaleString('en')} people`
  return `${peopleText}, ${(bytes / 1024 / 1024).toFixed(1)} MiB, in ${seconds.toFixed(1)} s`
}

function secondsSince (startedAt: number): number {
  return (performance.now() - startedAt) / 1000
}

/** What the file system or SQLite said (no room, no permission), as one sentence without a stack. */
async function saying<T> (what: string, work: () => T | Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    if (error instanceof BackupError) throw error
    throw new BackupError(`${what} failed: ${error instanceof Error ? error.message : String(error)}`)
  }
}

/** `metricsFile`: where to record the backup for Prometheus (node_exporter's textfile collector), if anywhere. */
export async function backUp (config: Config, backupPath: string, metricsFile?: string): Promise<string> {
  const storePath = sqliteStorePath(config)
  const startedAt = performance.now()
  const report = await saying('The backup', () => backUpSqlite(storePath, backupPath))
  const seconds = secondsSince(startedAt)
  const done = `Backed up ${storePath} to ${backupPath}: ${summary(report, seconds)}.\n`
  if (metricsFile !== undefined) {
    const exposition = backupExposition(report, new Date(), seconds)
    // Not silently: a backup its monitoring does not hear of would soon be reported missing.
    await saying(`The backup was made (${backupPath}), but writing its metrics to ${metricsFile}`, () => { writeBackupMetrics(metricsFile, exposition) })
  }
  return done
}

export async function restore (config: Config, backupPath: string): Promise<string> {
  const storePath = sqliteStorePath(config)
  const startedAt = performance.now()
  const report = await saying('The restore', async () => await restoreSqlite(backupPath, storePath))
  return `Restored ${backupPath} to ${storePath}: ${summary(report, secondsSince(startedAt))}. ` +
    'API keys revoked since the backup was made are valid again, and keys made since are gone: revoke and make them again.\n'
}
